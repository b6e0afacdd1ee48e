package dev.teamsso.testing.setup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.providers.contract.TeamSettings;
import dev.teamsso.testing.AtOnce;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.HtmlForms;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.OktaStandIn;
import dev.teamsso.testing.QueryString;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The test sign-in: only it passes a pending team, and only its success makes the team live. */
@ExtendWith(TeamSsoExtension.class)
class SetupSignInIT {

    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;
    private final List<PendingTeamInvite> invites = new ArrayList<>();

    SetupSignInIT(TeamSsoStack stack) {
        this.stack = stack;
        this.signIn = new BrokeredSignIn(stack);
    }

    @AfterEach
    void removeTeams() {
        invites.forEach(PendingTeamInvite::remove);
    }

    /** A pending team whose values were accepted: its IdP exists, its Organization is still disabled. */
    private PendingTeamInvite withValues(String teamId, BrowserlessClient browser) {
        PendingTeamInvite invite = PendingTeamInvite.invite(stack, teamId, "admin@" + teamId + ".example", Duration.ofHours(72));
        invites.add(invite);
        HttpResponse<String> saved = SetupPageIT.submit(browser, invite, stack.okta().issuer(teamId), "0oa" + teamId, "secret-" + teamId);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        return invite;
    }

    private HttpResponse<String> startTest(BrowserlessClient browser, PendingTeamInvite invite) {
        return SetupSteps.startTestSignIn(browser, invite.link(), stack.okta().baseUrl());
    }

    @Test
    void aSuccessfulTestSignInMakesTheTeamLiveAndKillsTheLink() throws java.io.IOException {
        BrowserlessClient browser = new BrowserlessClient();
        PendingTeamInvite invite = withValues("setup-live", browser);
        OktaPerson admin = OktaPerson.named("Ada", "Admin", "admin@setup-live.example");

        HttpResponse<String> toOkta = startTest(browser, invite);
        assertThat(QueryString.parse(BrowserlessClient.location(toOkta).getRawQuery()))
                .containsEntry("code_challenge_method", "S256").containsKeys("state", "nonce");
        HttpResponse<String> live = SetupSteps.signInAtOkta(browser, toOkta, admin);

        assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
        assertThat(HtmlForms.parse(live).getElementById("team-sso-setup-live").text()).contains("Team setup-live is live");
        String issuer = stack.okta().issuer("setup-live");
        assertThat(HtmlForms.parse(live).getElementById("team-sso-setup-tile").val())
                .isEqualTo(stack.keycloak().realmUrl(TeamSsoStack.REALM) + "/teams/setup-live/initiate?iss="
                        + URLEncoder.encode(issuer, StandardCharsets.UTF_8));
        SetupPageIT.assertSafeHeaders(live);
        var organization = invite.organization();
        assertThat(organization.isEnabled()).isTrue();
        assertThat(stack.realm().identityProviders().get("setup-live").toRepresentation().getOrganizationId())
                .isEqualTo(invite.organizationId());
        assertThat(organization.getAttributes()).doesNotContainKeys(TeamSettings.SETUP_TOKEN_HASH_ATTRIBUTE,
                TeamSettings.SETUP_EXPIRES_ATTRIBUTE, TeamSettings.SETUP_STATE_ATTRIBUTE);
        assertThat(new BrowserlessClient().get(invite.link()).statusCode()).as("the link is dead for good").isEqualTo(404);

        var tokens = signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), "setup-live", admin));
        assertThat(tokens.accessToken().getClaims()).containsEntry("team_id", "setup-live").containsEntry("team_role", "admin");
        var colleague = signIn.tokens(signIn.viaTeamIdForm(new BrowserlessClient(), "setup-live",
                OktaPerson.named("Carl", "Colleague", "carl@setup-live.example")));
        assertThat(colleague.accessToken().getClaims()).containsEntry("team_role", "member");

        assertThat(stack.realm().getAdminEvents(null, null, null, null, null, null, List.of("ORGANIZATION"), null, null, 0, 1000))
                .extracting(event -> event.getResourcePath())
                .contains("teams/setup-live/setup/values-accepted", "teams/setup-live/setup/test-sign-in",
                        "teams/setup-live/setup/enabled");
        String log = java.nio.file.Files.readString(stack.keycloak().logFile());
        assertThat(log).contains("team=setup-live event=TEAM_SETUP_INVITED", "team=setup-live event=TEAM_SETUP_VALUES_ACCEPTED",
                "team=setup-live event=TEAM_SETUP_TEST_SIGN_IN", "team=setup-live event=TEAM_SETUP_ENABLED")
                .doesNotContain("secret-setup-live").doesNotContain(invite.token());
    }

    @Test
    void aPendingTeamIsRefusedByTheTeamIdPageTheIdpHintTheInitiateEndpointAndKeycloaksOwnBrokerLogin() {
        PendingTeamInvite invite = withValues("setup-pending", new BrowserlessClient());
        OktaPerson person = OktaPerson.named("Pat", "Pending", "pat@setup-pending.example");

        assertThat(signIn.viaIdpHint(new BrowserlessClient(), "setup-pending", person).callback()).isNull();
        assertThat(signIn.viaTeamIdForm(new BrowserlessClient(), "setup-pending", person).callback()).isNull();
        HttpResponse<String> initiate = new BrowserlessClient().get(
                signIn.initiateUri("setup-pending", Map.of("iss", stack.okta().issuer("setup-pending"))));
        assertThat(initiate.statusCode()).isEqualTo(400);

        // Straight to Keycloak's broker with an ordinary sign-in attempt: Keycloak brokers (the IdP
        // is enabled), and the team's first-login step refuses because the attempt is no test.
        BrowserlessClient browser = new BrowserlessClient();
        BrokeredSignIn.LoginPage login = signIn.openLoginPage(browser, Map.of());
        URI action = URI.create(HtmlForms.parse(login.page()).selectFirst("form#kc-form-login").absUrl("action"));
        Map<String, String> query = QueryString.parse(action.getRawQuery());
        URI brokerLogin = URI.create(stack.keycloak().realmUrl(TeamSsoStack.REALM) + "/broker/setup-pending/login?client_id="
                + query.get("client_id") + "&tab_id=" + query.get("tab_id") + "&session_code=" + query.get("session_code"));
        HttpResponse<String> toOkta = browser.followRedirects(browser.get(brokerLogin), uri -> uri.toString().startsWith(stack.okta().baseUrl()));
        assertThat(BrowserlessClient.location(toOkta)).as(toOkta.body()).isNotNull();
        HttpResponse<String> refused = SetupSteps.signInAtOkta(browser, toOkta, person);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(HtmlForms.parse(refused).text()).doesNotContain("is live");
        assertThat(invite.organization().isEnabled()).isFalse();
        assertThat(invite.state()).isEqualTo(TeamSettings.SETUP_STATE_VALUES_ACCEPTED);
        assertThat(stack.realm().users().search("setup-pending.", 0, 10)).as("no account made").isEmpty();
    }

    @Test
    void aTestSignInAbandonedHalfwayLeavesTheTeamPendingAndTheLinkUsable() {
        BrowserlessClient browser = new BrowserlessClient();
        PendingTeamInvite invite = withValues("setup-abandon", browser);

        HttpResponse<String> toOkta = startTest(browser, invite);
        assertThat(BrowserlessClient.location(toOkta)).isNotNull();

        HttpResponse<String> later = new BrowserlessClient().get(invite.link());
        assertThat(later.statusCode()).isEqualTo(200);
        assertThat(HtmlForms.parse(later).getElementById("team-sso-setup-test-button")).isNotNull();
        assertThat(invite.organization().isEnabled()).isFalse();
        assertThat(invite.state()).isEqualTo(TeamSettings.SETUP_STATE_VALUES_ACCEPTED);
    }

    @Test
    void whatOktaAnsweredToAFailedTestSignInIsShownOnTheSetupPage() {
        BrowserlessClient browser = new BrowserlessClient();
        PendingTeamInvite invite = withValues("setup-denied", browser);
        URI authorize = BrowserlessClient.location(startTest(browser, invite));
        Map<String, String> request = QueryString.parse(authorize.getRawQuery());

        // What Okta does when the person is not assigned to the app.
        URI denied = URI.create(request.get("redirect_uri") + "?error=access_denied&error_description="
                + URLEncoder.encode("User is not assigned to the client application.", StandardCharsets.UTF_8)
                + "&state=" + URLEncoder.encode(request.get("state"), StandardCharsets.UTF_8));
        HttpResponse<String> back = browser.followRedirects(browser.get(denied), uri -> false);

        assertThat(back.uri().getPath()).endsWith("/teams/setup/" + invite.token());
        assertThat(HtmlForms.parse(back).getElementById("team-sso-setup-notice").text()).contains("Okta answered access_denied");
        assertThat(HtmlForms.parse(back).getElementById("team-sso-setup-test-button")).isNotNull();
        assertThat(invite.organization().isEnabled()).isFalse();
        assertThat(invite.state()).isEqualTo(TeamSettings.SETUP_STATE_VALUES_ACCEPTED);
    }

    @Test
    void twoBrowsersUsingOneLinkAtOnceMakeOneIdpAndOneCompletion() {
        PendingTeamInvite invite = PendingTeamInvite.invite(stack, "setup-race", "admin@setup-race.example", Duration.ofHours(1));
        invites.add(invite);
        String issuer = stack.okta().issuer("setup-race");
        BrowserlessClient first = new BrowserlessClient();
        BrowserlessClient second = new BrowserlessClient();
        HttpResponse<String> firstPage = first.get(invite.link());
        HttpResponse<String> secondPage = second.get(invite.link());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<HttpResponse<String>> saved = AtOnce.run(pool,
                    () -> HtmlForms.submit(first, firstPage, "#team-sso-setup-values",
                            Map.of("issuer", issuer, "client_id", "0oa-one", "client_secret", "s1")),
                    () -> HtmlForms.submit(second, secondPage, "#team-sso-setup-values",
                            Map.of("issuer", issuer, "client_id", "0oa-two", "client_secret", "s2")));
            assertThat(saved).extracting(HttpResponse::statusCode).allMatch(status -> status == 303 || status == 409)
                    .contains(303);
            assertThat(stack.realm().identityProviders().findAll()).filteredOn(idp -> idp.getAlias().equals("setup-race")).hasSize(1);
            assertThat(invite.state()).isEqualTo(TeamSettings.SETUP_STATE_VALUES_ACCEPTED);

            HttpResponse<String> firstToOkta = startTest(first, invite);
            HttpResponse<String> secondToOkta = startTest(second, invite);
            HttpResponse<String> firstOkta = first.get(BrowserlessClient.location(firstToOkta));
            HttpResponse<String> secondOkta = second.get(BrowserlessClient.location(secondToOkta));
            List<HttpResponse<String>> finished = AtOnce.run(pool,
                    () -> first.followRedirects(first.postForm(firstOkta.uri(),
                            OktaStandIn.signInForm(OktaPerson.named("Rae", "One", "rae@setup-race.example"))), uri -> false),
                    () -> second.followRedirects(second.postForm(secondOkta.uri(),
                            OktaStandIn.signInForm(OktaPerson.named("Ray", "Two", "ray@setup-race.example"))), uri -> false));
            long live = finished.stream().filter(page -> page.body().contains("team-sso-setup-live")).count();
            assertThat(live).as("the team goes live once").isEqualTo(1);
            assertThat(finished).extracting(HttpResponse::statusCode).doesNotContain(500);
        } finally {
            pool.shutdownNow();
        }
        assertThat(invite.organization().isEnabled()).isTrue();
        assertThat(invite.organization().getAttributes()).doesNotContainKey(TeamSettings.SETUP_STATE_ATTRIBUTE);
    }
}
