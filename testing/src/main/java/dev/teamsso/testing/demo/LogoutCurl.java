package dev.teamsso.testing.demo;

import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.OktaStandIn;
import dev.teamsso.testing.TeamSsoStack;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one-line {@code curl} the demo prints to log a person out everywhere, as Okta's Universal
 * Logout does: a POST to the team's global token revocation endpoint naming the person by issuer
 * and Okta user ID, with a Bearer JWT that the Okta stand-in signs fresh on each run (so the line
 * works any time, and again after the next sign-in).
 */
final class LogoutCurl {

    private LogoutCurl() {
    }

    static String of(TeamSsoStack stack, TeamRegistration team, OktaPerson person) {
        String endpoint = stack.keycloak().realmUrl(TeamSsoStack.REALM) + "/teams/" + team.teamId() + "/global-token-revocation";
        String jwtUrl = team.issuer() + "/" + OktaStandIn.LOGOUT_JWT_PATH + "?aud=" + URLEncoder.encode(endpoint, StandardCharsets.UTF_8);
        String body = "{\"sub_id\":{\"format\":\"iss_sub\",\"iss\":\"" + team.issuer() + "\",\"sub\":\"" + person.sub() + "\"}}";
        return "curl -s -i -X POST '" + endpoint + "'"
                + " -H \"Authorization: Bearer $(curl -s '" + jwtUrl + "')\""
                + " -H 'Content-Type: application/json'"
                + " -d '" + body + "'";
    }
}
