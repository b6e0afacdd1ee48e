package dev.teamsso.testing.demo;

import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.testing.KeycloakServer;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.TeamSsoStack;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What the demo prints once it is up: where to go and how to sign in. */
final class DemoBanner {

    private static final String TRY_IT = """

            Try it:
              1. Open the dashboard, click Sign in, then Corporate SSO, and type Team ID acme
                 (or open %slogin?team=acme: the kc_idp_hint deep link skips the form).
              2. At the Okta stand-in click "Sign in as Alice Anders".
              3. You land on the dashboard signed in: name, email, team, role (Alice is acme's admin).
              Or open an Okta tile URL above, as Okta does when a person clicks the platform's tile.
            """;

    private static final String LOGOUT = """

            Okta Universal Logout: after %s has signed in to %s, this ends every session of that person (204),
            as Okta does when its admin clicks "log out everywhere"; the next sign-in goes to Okta:
            %s
            """;

    private static final String SETUP = """

            Self-service set-up of a new team, %1$s (pending: nobody can sign in yet; docs/self-service-setup.md).
            The link 'bin/teams invite --team %1$s --admin-email %2$s' printed, for the team's Okta admin (works once, 72 hours):
              %3$s
              On the page enter  Issuer %4$s   Client ID %5$s   Client Secret %6$s
              (the Okta stand-in serves any issuer path and accepts any client ID and secret at its token endpoint),
              then "Test sign-in" as %7$s at the stand-in: %1$s goes live. 'bin/teams list' shows it pending until then.
            """;

    private DemoBanner() {
    }

    static String render(TeamSsoStack stack, URI dashboard, List<TeamRegistration> teams, DemoScim scim, DemoInvite invite) {
        StringBuilder text = new StringBuilder()
                .append("\n=== Team SSO demo is running (Ctrl-C stops everything) ===\n\n")
                .append("  Platform dashboard  ").append(dashboard).append("   <- start here\n")
                .append("  Keycloak admin      ").append(stack.keycloak().baseUrl()).append("/admin/master/console/#/")
                .append(TeamSsoStack.REALM).append("   (").append(KeycloakServer.ADMIN_USER).append(" / ")
                .append(KeycloakServer.ADMIN_PASSWORD).append(")\n")
                .append("  Okta stand-in       ").append(stack.okta().baseUrl()).append("\n")
                .append("  Keycloak log        ").append(stack.keycloak().logFile() == null ? "one per node, under testing/target/keycloak/"
                        : stack.keycloak().logFile()).append("\n\n")
                .append("Teams (Team ID -> Okta issuer, admin email):\n");
        for (TeamRegistration team : teams) {
            text.append(String.format("  %-9s -> %s, %s%n", team.teamId(), team.issuer(), team.adminEmail()));
        }
        text.append("\nOkta dashboard tiles (the team's Initiate login URI, as Okta calls it):\n");
        for (TeamRegistration team : teams) {
            text.append(String.format("  %-9s %s%n", team.teamId(), initiateUri(stack, team)));
        }
        text.append("\nPeople at the Okta stand-in:\n");
        for (OktaPerson person : stack.okta().directory()) {
            text.append(String.format("  %-13s %s%n", person.name(), person.email()));
        }
        text.append("\nSCIM for acme (Okta provisioning; Bob Baker was provisioned through it):\n")
                .append("  base URL  ").append(scim.baseUrl()).append("\n")
                .append("  token     ").append(scim.token()).append("\n")
                .append("  Deactivate Bob (his sessions end; his next Okta sign-in says the team deactivated him):\n")
                .append("    ").append(scim.deactivateCurl()).append("\n")
                .append("  Reactivate him:\n    ").append(scim.reactivateCurl()).append("\n");
        text.append(TRY_IT.formatted(dashboard));
        stack.okta().directory().stream().filter(person -> person.email().equals(teams.get(0).adminEmail())).findFirst()
                .ifPresent(admin -> text.append(String.format(LOGOUT, admin.name(), teams.get(0).teamId(),
                        LogoutCurl.of(stack, teams.get(0), admin))));
        text.append(SETUP.formatted(DemoInvite.TEAM, invite.admin().email(), invite.link(), invite.issuer(), DemoInvite.CLIENT_ID,
                DemoInvite.CLIENT_SECRET, invite.admin().name()));
        return text.toString();
    }

    private static String initiateUri(TeamSsoStack stack, TeamRegistration team) {
        return stack.keycloak().realmUrl(TeamSsoStack.REALM) + "/teams/" + team.teamId() + "/initiate?iss="
                + URLEncoder.encode(team.issuer(), StandardCharsets.UTF_8);
    }
}
