package dev.teamsso.testing.setup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.providers.contract.SecretFingerprint;
import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.providers.contract.TeamSettings;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.HtmlForms;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The set-up link's page and its values form: content, refusals, field errors, CSRF. */
@ExtendWith(TeamSsoExtension.class)
class SetupPageIT {

    private final TeamSsoStack stack;
    private final List<PendingTeamInvite> invites = new ArrayList<>();

    SetupPageIT(TeamSsoStack stack) {
        this.stack = stack;
    }

    @AfterEach
    void removeTeams() {
        invites.forEach(PendingTeamInvite::remove);
    }

    private PendingTeamInvite invite(String teamId) {
        return kept(PendingTeamInvite.invite(stack, teamId, "it@" + teamId + ".example", Duration.ofHours(72)));
    }

    private PendingTeamInvite kept(PendingTeamInvite invite) {
        invites.add(invite);
        return invite;
    }

    @Test
    void aValidLinkSaysExactlyWhatToCreateInOktaAndAsksForTheValues() {
        PendingTeamInvite invite = invite("setup-page");
        String realm = stack.keycloak().baseUrl() + "/realms/" + TeamSsoStack.REALM;

        HttpResponse<String> page = new BrowserlessClient().get(invite.link());

        assertThat(page.statusCode()).isEqualTo(200);
        Document html = HtmlForms.parse(page);
        assertThat(html.getElementById("team-sso-setup-redirect-uri").val()).isEqualTo(realm + "/broker/setup-page/endpoint");
        assertThat(html.getElementById("team-sso-setup-initiate-uri").val()).isEqualTo(realm + "/teams/setup-page/initiate");
        assertThat(html.getElementById("team-sso-setup-login-initiated-by").val()).isEqualTo("Either Okta or App");
        assertThat(html.getElementById("team-sso-setup-team-id").val()).isEqualTo("setup-page");
        assertThat(html.select("#team-sso-setup-okta input[readonly]")).hasSize(4);
        assertThat(html.text()).contains("Web Application").contains("Authorization Code");
        for (String field : List.of("issuer", "client_id", "client_secret")) {
            assertThat(html.select("label[for=" + field + "]")).as(field).hasSize(1);
            assertThat(html.getElementById(field).attr("aria-describedby")).isEqualTo(field + "-help");
        }
        assertThat(html.getElementById("client_secret").attr("type")).isEqualTo("password");
        assertThat(html.select("fieldset > legend")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(html.select("script[src*=team-setup], form[onsubmit]")).isEmpty();
        assertSafeHeaders(page);
    }

    @Test
    void unknownExpiredRevokedAndMalformedLinksGetOneFixedPageNamingNoTeam() {
        PendingTeamInvite expired = kept(PendingTeamInvite.expired(stack, "setup-expired", "it@setup-expired.example"));
        PendingTeamInvite revoked = invite("setup-revoked");
        revoked.revoke();
        PendingTeamInvite valid = invite("setup-valid");
        String unknown = valid.link().toString().replace(valid.token(), valid.token().substring(0, valid.token().length() - 2) + "xx");

        List<HttpResponse<String>> refusals = List.of(
                BrowserlessClient.from("10.1.0.1").get(expired.link()),
                BrowserlessClient.from("10.1.0.1").get(revoked.link()),
                BrowserlessClient.from("10.1.0.1").get(java.net.URI.create(unknown)),
                BrowserlessClient.from("10.1.0.1").get(java.net.URI.create(unknown.replace("tsso_setup_", "tsso_scim_"))));

        for (HttpResponse<String> refusal : refusals) {
            assertThat(refusal.statusCode()).isEqualTo(404);
            assertThat(HtmlForms.parse(refusal).text()).contains("This set-up link cannot be used")
                    .doesNotContain("setup-expired").doesNotContain("setup-revoked").doesNotContain("setup-valid");
            assertSafeHeaders(refusal);
        }
        assertThat(refusals.stream().map(SetupPageIT::comparable).distinct()).hasSize(1);
    }

    @Test
    void wrongValuesAreFieldErrorsThatNameTheFixAndNothingIsSaved() {
        PendingTeamInvite invite = invite("setup-wrong");
        String issuer = stack.okta().issuer("setup-wrong");
        try (RefusingOkta refusing = RefusingOkta.start()) {
            assertFieldError(invite, issuer + "/", "0oa1", "secret", "issuer", "trailing slash");
            assertFieldError(invite, "https://10.0.0.7/oauth2/default", "0oa1", "secret", "issuer", "not on a public address");
            assertFieldError(invite, "http://okta.example.com/oauth2/default", "0oa1", "secret", "issuer", "uses plain HTTP");
            assertFieldError(invite, "https://acme-admin.okta.com", "0oa1", "secret", "issuer", "drop '-admin'");
            assertFieldError(invite, refusing.issuer(), "0oa1", "the-wrong-secret", "client_secret", "invalid_client");
            assertFieldError(invite, issuer, "", "secret", "client_id", "missing");
        }
        assertThat(invite.hasIdentityProvider()).isFalse();
        assertThat(invite.state()).isEqualTo(TeamSettings.SETUP_STATE_INVITED);
        assertThat(invite.organization().isEnabled()).isFalse();
    }

    @Test
    void aPostWithoutTheLinksCsrfTokenIsRefusedAndNothingIsSaved() {
        PendingTeamInvite invite = invite("setup-csrf");
        PendingTeamInvite other = invite("setup-csrf-other");
        BrowserlessClient browser = new BrowserlessClient();
        Map<String, String> values = Map.of("issuer", stack.okta().issuer("setup-csrf"), "client_id", "0oa1", "client_secret", "s");

        HttpResponse<String> without = browser.postForm(invite.link(), values);
        String otherCsrf = HtmlForms.parse(browser.get(other.link())).select("input[name=team_sso_setup_csrf]").val();
        Map<String, String> foreign = new java.util.HashMap<>(values);
        foreign.put("team_sso_setup_csrf", otherCsrf);
        HttpResponse<String> withForeign = browser.postForm(invite.link(), foreign);

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(withForeign.statusCode()).isEqualTo(403);
        assertThat(HtmlForms.parse(without).text()).contains("This form has expired. Nothing was saved");
        assertThat(invite.hasIdentityProvider()).isFalse();
        assertThat(invite.state()).isEqualTo(TeamSettings.SETUP_STATE_INVITED);
    }

    @Test
    void acceptedValuesSaveTheHardenedIdpAndTheSecretIsNeverShownBack() {
        PendingTeamInvite invite = invite("setup-accept");
        BrowserlessClient browser = new BrowserlessClient();
        String issuer = stack.okta().issuer("setup-accept");

        HttpResponse<String> saved = submit(browser, invite, issuer, "0oasetup-accept", "the-secret-value");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(BrowserlessClient.location(saved)).isEqualTo(invite.link());
        HttpResponse<String> testStep = browser.get(invite.link());
        assertThat(HtmlForms.parse(testStep).getElementById("team-sso-setup-test-button")).isNotNull();
        assertThat(testStep.body()).doesNotContain("the-secret-value");
        assertThat(invite.state()).isEqualTo(TeamSettings.SETUP_STATE_VALUES_ACCEPTED);
        assertThat(invite.organization().isEnabled()).isFalse();
        var idp = stack.realm().identityProviders().get("setup-accept").toRepresentation();
        assertThat(idp.getOrganizationId()).as("linked only when the set-up completes").isNull();
        assertThat(idp.getConfig()).containsEntry("issuer", issuer).containsEntry("pkceMethod", "S256")
                .containsEntry("validateSignature", "true").containsEntry("disableUserInfo", "true")
                .containsEntry("clientId", "0oasetup-accept").containsEntry("team-sso.team", "true");
        assertThat(idp.isHideOnLogin()).isTrue();
        assertThat(idp.getFirstBrokerLoginFlowAlias()).isEqualTo("team-sso first login");
        assertThat(idp.getPostBrokerLoginFlowAlias()).isEqualTo("team-sso post login");
        assertThat(invite.organization().getAttributes()).as("the secret's fingerprint, as teams add records it")
                .containsEntry(SecretFingerprint.ATTRIBUTE, List.of(SecretFingerprint.of(new TeamId("setup-accept"), "the-secret-value")));

        HttpResponse<String> again = submit(browser, invite, issuer, "0oasetup-accept-2", "another-secret");
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(stack.realm().identityProviders().findAll().stream().filter(found -> found.getAlias().equals("setup-accept")))
                .singleElement().satisfies(found -> assertThat(found.getConfig()).containsEntry("clientId", "0oasetup-accept-2"));
        assertThat(invite.organization().getAttributes())
                .containsEntry(SecretFingerprint.ATTRIBUTE, List.of(SecretFingerprint.of(new TeamId("setup-accept"), "another-secret")));
    }

    static HttpResponse<String> submit(BrowserlessClient browser, PendingTeamInvite invite, String issuer, String clientId,
                                       String secret) {
        return SetupSteps.submitValues(browser, invite.link(), issuer, clientId, secret);
    }

    private void assertFieldError(PendingTeamInvite invite, String issuer, String clientId, String secret, String field,
                                  String expected) {
        HttpResponse<String> answer = submit(new BrowserlessClient(), invite, issuer, clientId, secret);
        assertThat(answer.statusCode()).as(issuer).isEqualTo(400);
        Document html = HtmlForms.parse(answer);
        assertThat(html.getElementById(field + "-error")).as(issuer).isNotNull();
        assertThat(html.getElementById(field + "-error").text()).as(issuer).contains(expected).contains("Fix:");
        assertThat(html.getElementById(field).attr("aria-describedby")).contains(field + "-error");
        assertThat(answer.body()).doesNotContain(secret.length() > 6 ? secret : "value=\"" + secret + "\"");
    }

    static void assertSafeHeaders(HttpResponse<String> page) {
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(value ->
                assertThat(value).contains("no-store"));
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }

    private static String comparable(HttpResponse<String> page) {
        return page.body().replaceAll("kc_state_checker=[^&\"]*", "kc_state_checker=X");
    }
}
