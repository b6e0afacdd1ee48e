package dev.teamsso.testing.logout;

import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.OktaStandIn;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamApiClient;
import dev.teamsso.testing.TeamApiClient.Answer;
import dev.teamsso.testing.TeamSsoStack;
import java.net.URI;
import java.util.Map;

/**
 * What the Universal Logout tests share: the endpoint's URL per team, a call signed like Okta's,
 * request bodies, and people signed in through either sign-in path with their browser and tokens.
 */
final class LogoutFixture {

    private final TeamSsoStack stack;
    private final TeamApiClient api;
    private final BrokeredSignIn signIn;

    LogoutFixture(TeamSsoStack stack) {
        this.stack = stack;
        this.api = new TeamApiClient(stack.keycloak().realmUrl(TeamSsoStack.REALM));
        this.signIn = new BrokeredSignIn(stack);
    }

    TeamApiClient api() {
        return api;
    }

    OktaStandIn okta() {
        return stack.okta();
    }

    String endpoint(String teamId) {
        return stack.keycloak().realmUrl(TeamSsoStack.REALM) + "/teams/" + teamId + "/global-token-revocation";
    }

    /** A fresh JWT of the stand-in's issuer {@code issuerId} for team {@code teamId}'s endpoint. */
    String jwt(String issuerId, String teamId) {
        return stack.okta().logoutJwt(issuerId, endpoint(teamId));
    }

    Answer revoke(String teamId, String token, String body) {
        return revoke(teamId, token, "application/json", body);
    }

    Answer revoke(String teamId, String token, String contentType, String body) {
        return api.send("POST", TeamApiClient.path(teamId, "global-token-revocation"), token, contentType, body);
    }

    static String issSub(String issuer, String sub) {
        return "{\"sub_id\":{\"format\":\"iss_sub\",\"iss\":\"" + issuer + "\",\"sub\":\"" + sub + "\"}}";
    }

    static String email(String email) {
        return "{\"sub_id\":{\"format\":\"email\",\"email\":\"" + email + "\"}}";
    }

    /** Signs {@code person} in through the login page's Corporate SSO form (Team ID typed). */
    Live viaTeamIdForm(String teamId, OktaPerson person) {
        BrowserlessClient browser = new BrowserlessClient();
        return live(browser, person, signIn.tokens(signIn.viaTeamIdForm(browser, teamId, person)));
    }

    /** Signs {@code person} in from the team's Okta tile (the initiate endpoint). */
    Live viaOktaTile(TeamRegistration team, OktaPerson person) {
        BrowserlessClient browser = new BrowserlessClient();
        return live(browser, person, signIn.tokens(signIn.viaOktaTile(browser, team, person)));
    }

    private Live live(BrowserlessClient browser, OktaPerson person, PlatformClient.Tokens tokens) {
        return new Live(person, tokens.accessToken().getSubject(), browser, tokens);
    }

    int sessions(String userId) {
        return stack.realm().users().get(userId).getUserSessions().size();
    }

    boolean enabled(String userId) {
        return stack.realm().users().get(userId).toRepresentation().isEnabled();
    }

    boolean refreshWorks(Live person) {
        return signIn.platform().refresh(person.tokens().rawRefreshToken());
    }

    boolean apiAccepts(Live person, String teamId) {
        return api.team(person.tokens().rawAccessToken(), teamId).status() == 200;
    }

    /**
     * Where this person's browser ends when the platform starts a sign-in with {@code kc_idp_hint}:
     * true when Keycloak answers at once with a code (a live session), false when it sends the
     * browser to the team's Okta.
     */
    boolean signedInSilently(Live person, String teamId) {
        PlatformClient.Authorization authorization = signIn.platform().start(Map.of("kc_idp_hint", teamId));
        var last = person.browser().followRedirects(person.browser().get(authorization.uri()),
                uri -> uri.toString().startsWith(TeamSsoStack.DASHBOARD_REDIRECT_URI));
        URI location = BrowserlessClient.location(last);
        if (location != null && location.toString().startsWith(TeamSsoStack.DASHBOARD_REDIRECT_URI)) {
            return true;
        }
        if (last.uri().toString().startsWith(stack.okta().baseUrl())) {
            return false;
        }
        throw new AssertionError("sign-in ended neither at the platform nor at Okta: " + last.uri() + " " + last.statusCode());
    }

    /** A signed-in person: who they are at Okta, their account ID, their browser and their tokens. */
    record Live(OktaPerson okta, String id, BrowserlessClient browser, PlatformClient.Tokens tokens) {
    }
}
