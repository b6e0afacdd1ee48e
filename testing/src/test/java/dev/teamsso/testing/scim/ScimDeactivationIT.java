package dev.teamsso.testing.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.OktaStandIn;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.ScimClient;
import dev.teamsso.testing.TeamApiClient;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Identity and deactivation end to end: a SCIM-made account is the one the person's Okta sign-in
 * uses (matched by externalId = sub, else userName = preferred_username, never by email, never
 * across teams); deactivation mid-session ends refresh, team API access and Okta sign-in at once;
 * reactivation restores the same account with its role; a sign-in in flight loses the race.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScimDeactivationIT {

    private static final String DEACTIVATED_PAGE = "Your team has deactivated this account";

    private final TeamSsoStack stack;
    private final TeamApiClient api;
    private ScimTeam team;
    private ScimTeam otherTeam;
    private ScimClient scim;

    ScimDeactivationIT(TeamSsoStack stack) {
        this.stack = stack;
        this.api = new TeamApiClient(stack.keycloak().realmUrl(TeamSsoStack.REALM));
    }

    @BeforeAll
    void createTeams() {
        team = new ScimTeam(stack, "leavers");
        otherTeam = new ScimTeam(stack, "leavers-eng");
        scim = team.scim();
    }

    @AfterAll
    void removeTeams() {
        team.close();
        otherTeam.close();
    }

    @Test
    void deactivationMidSessionEndsEverythingAndReactivationRestoresAccountAndRole() {
        OktaPerson ivy = OktaPerson.named("Ivy", "Leaver", "ivy@leavers.example");
        String id = provision(scim, ivy, ivy.sub());
        PlatformClient.Tokens tokens = team.signIn(ivy);
        assertThat(tokens.accessToken().getSubject()).as("the sign-in claims the SCIM account").isEqualTo(id);
        team.makeAdmin(id);
        PlatformClient.Tokens adminTokens = team.signIn(ivy);
        assertThat(adminTokens.accessToken().getClaim("team_role")).isEqualTo("admin");
        assertThat(api.team(adminTokens.rawAccessToken(), team.id()).status()).isEqualTo(200);
        assertThat(team.signIn().platform().refresh(adminTokens.rawRefreshToken())).isTrue();

        assertThat(scim.setActive(id, false).status()).isEqualTo(200);

        assertThat(team.signIn().platform().refresh(adminTokens.rawRefreshToken())).as("refresh after deactivation").isFalse();
        assertThat(api.team(adminTokens.rawAccessToken(), team.id()).status()).as("team API after deactivation").isEqualTo(401);
        HttpResponse<String> refused = team.signIn().viaIdpHint(new BrowserlessClient(), team.id(), ivy).last();
        assertThat(refused.body()).contains(DEACTIVATED_PAGE);
        assertThat(team.organization().members().list(0, 1000)).filteredOn(m -> "ivy@leavers.example".equals(m.getEmail())).hasSize(1);

        assertThat(scim.setActive(id, true).status()).isEqualTo(200);
        PlatformClient.Tokens back = team.signIn(ivy);
        assertThat(back.accessToken().getSubject()).isEqualTo(id);
        assertThat(back.accessToken().getClaim("team_role")).isEqualTo("admin");
        assertThat(api.team(back.rawAccessToken(), team.id()).status()).isEqualTo(200);
    }

    @Test
    void withoutExternalIdTheSignInClaimsTheAccountByUserName() {
        OktaPerson jack = OktaPerson.named("Jack", "Byname", "jack@leavers.example");
        String id = provision(scim, jack, null);

        assertThat(team.signIn(jack).accessToken().getSubject()).isEqualTo(id);
    }

    @Test
    void anAccountDeactivatedBeforeItsFirstSignInIsRefusedAndNoOtherIsMade() {
        OktaPerson kim = OktaPerson.named("Kim", "Early", "kim@leavers.example");
        String id = provision(scim, kim, kim.sub());
        scim.setActive(id, false);

        HttpResponse<String> refused = team.signIn().viaIdpHint(new BrowserlessClient(), team.id(), kim).last();

        assertThat(refused.body()).contains(DEACTIVATED_PAGE);
        assertThat(stack.realm().users().search(kim.email(), 0, 10)).extracting(u -> u.getId()).containsExactly(id);
    }

    @Test
    void neverByEmailAndNeverAcrossTeams() {
        OktaPerson lea = OktaPerson.named("Lea", "Elsewhere", "lea@leavers.example");
        String sameEmailOtherUserName = ScimClient.oktaUser("someone-else", null, "Lea", "Elsewhere", true)
                .replace("\"value\":\"someone-else\"", "\"value\":\"" + lea.email() + "\"");
        String byEmailId = scim.post("/Users", sameEmailOtherUserName).json().get("id").asText();
        String otherTeamId = provision(otherTeam.scim(), lea, lea.sub());

        String signedIn = team.signIn(lea).accessToken().getSubject();

        assertThat(signedIn).isNotEqualTo(byEmailId).isNotEqualTo(otherTeamId);
        assertThat(otherTeam.account(otherTeamId).isEnabled()).isTrue();
        assertThat(stack.realm().users().get(otherTeamId).getFederatedIdentity()).isEmpty();
    }

    @Test
    void deactivationWhileASignInIsInFlightWins() {
        OktaPerson max = OktaPerson.named("Max", "Racer", "max@leavers.example");
        String id = provision(scim, max, max.sub());
        team.signIn(max);
        BrokeredSignIn signIn = team.signIn();

        // 1: deactivated while the person is at Okta's sign-in page
        BrowserlessClient browser = new BrowserlessClient();
        PlatformClient.Authorization authorization = signIn.platform().start(Map.of("kc_idp_hint", team.id()));
        HttpResponse<String> oktaPage = browser.followRedirects(browser.get(authorization.uri()), uri -> false);
        assertThat(oktaPage.uri().toString()).startsWith(stack.okta().baseUrl());
        scim.setActive(id, false);
        HttpResponse<String> back = browser.followRedirects(browser.postForm(oktaPage.uri(), OktaStandIn.signInForm(max)),
                uri -> uri.toString().startsWith(TeamSsoStack.DASHBOARD_REDIRECT_URI));
        BrokeredSignIn.Outcome outcome = new BrokeredSignIn.Outcome(authorization, back);
        assertThat(outcome.callback()).isNull();
        assertThat(back.body()).contains(DEACTIVATED_PAGE);

        // 2: deactivated after Keycloak issued the code, before the platform redeemed it
        scim.setActive(id, true);
        BrokeredSignIn.Outcome signedIn = signIn.viaIdpHint(new BrowserlessClient(), team.id(), max);
        assertThat(signedIn.callback()).isNotNull();
        scim.setActive(id, false);
        assertThatThrownBy(() -> signIn.tokens(signedIn)).isInstanceOf(PlatformClient.SignInFailedException.class);
    }

    private static String provision(ScimClient client, OktaPerson person, String externalId) {
        ScimClient.Answer created = client.post("/Users", ScimClient.oktaUser(person.email(), externalId,
                person.givenName(), person.familyName(), true));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }
}
