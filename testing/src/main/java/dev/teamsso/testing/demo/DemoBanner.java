package dev.teamsso.testing.demo;

import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.testing.KeycloakServer;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.TeamSsoStack;
import java.net.URI;
import java.util.List;

/** What the demo prints once it is up: where to go and how to sign in. */
final class DemoBanner {

    private DemoBanner() {
    }

    static String render(TeamSsoStack stack, URI dashboard, List<TeamRegistration> teams) {
        StringBuilder text = new StringBuilder()
                .append("\n=== Team SSO demo is running (Ctrl-C stops everything) ===\n\n")
                .append("  Platform dashboard  ").append(dashboard).append("   <- start here\n")
                .append("  Keycloak admin      ").append(stack.keycloak().baseUrl()).append("/admin/master/console/#/")
                .append(TeamSsoStack.REALM).append("   (").append(KeycloakServer.ADMIN_USER).append(" / ")
                .append(KeycloakServer.ADMIN_PASSWORD).append(")\n")
                .append("  Okta stand-in       ").append(stack.okta().baseUrl()).append("\n")
                .append("  Keycloak log        ").append(stack.keycloak().logFile()).append("\n\n")
                .append("Teams (Team ID -> Okta issuer, admin email):\n");
        for (TeamRegistration team : teams) {
            text.append(String.format("  %-9s -> %s, %s%n", team.teamId(), team.issuer(), team.adminEmail()));
        }
        text.append("\nPeople at the Okta stand-in:\n");
        for (OktaPerson person : stack.okta().directory()) {
            text.append(String.format("  %-13s %s%n", person.name(), person.email()));
        }
        text.append("""

                Try it:
                  1. Open the dashboard, type Team ID acme and press Corporate SSO
                     (or open %slogin?team=acme, the kc_idp_hint deep link).
                  2. At the Okta stand-in click "Sign in as Alice Anders".
                  3. You land back on the dashboard, signed in: name, email, team.
                """.formatted(dashboard));
        return text.toString();
    }
}
