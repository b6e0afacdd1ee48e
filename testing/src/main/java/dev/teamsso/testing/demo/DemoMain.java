package dev.teamsso.testing.demo;

import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.testing.KeycloakServerOptions;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamSsoStack;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bin/demo}: Keycloak on 8080 with our extension, the Okta stand-in on 8085 with the demo
 * teams' people, and the dashboard stand-in on 8081. Runs until Ctrl-C.
 */
public final class DemoMain {

    static final int KEYCLOAK_PORT = 8080;
    static final int DASHBOARD_PORT = DashboardPort.PORT;
    static final int OKTA_PORT = 8085;

    private DemoMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("Starting the Team SSO demo (Keycloak takes about half a minute)...");
        TeamSsoStack stack = TeamSsoStack.start(
                KeycloakServerOptions.forTests("demo").withHttpPort(KEYCLOAK_PORT), OKTA_PORT);
        DashboardStandIn dashboard;
        List<TeamRegistration> teams;
        DemoScim scim;
        try {
            dashboard = DashboardStandIn.start(DASHBOARD_PORT, new PlatformClient(
                    stack.keycloak().realmUrl(TeamSsoStack.REALM), TeamSsoStack.DASHBOARD_CLIENT,
                    URI.create(TeamSsoStack.DASHBOARD_REDIRECT_URI)));
            teams = seedTeams(stack);
            scim = DemoScim.provision(stack, "acme", stack.okta().directory().stream()
                    .filter(person -> person.email().equals("bob@acme.example")).findFirst().orElseThrow());
        } catch (RuntimeException | Error e) {
            stack.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the demo...");
            dashboard.close();
            stack.close();
            stopped.countDown();
        }, "demo-stop"));
        System.out.println(DemoBanner.render(stack, dashboard.home(), teams, scim));
        stopped.await();
    }

    /** The demo teams: acme and acme-eng share one Okta issuer, globex has its own. */
    private static List<TeamRegistration> seedTeams(TeamSsoStack stack) {
        List<TeamRegistration> teams = List.of(
                stack.createTeam("acme", "acme", "alice@acme.example"),
                stack.createTeam("acme-eng", "acme", "erin@acme.example"),
                stack.createTeam("globex", "globex", "grace@globex.example"));
        stack.okta().addToDirectory(
                OktaPerson.named("Alice", "Anders", "alice@acme.example"),
                OktaPerson.named("Bob", "Baker", "bob@acme.example"),
                OktaPerson.named("Erin", "Evans", "erin@acme.example"),
                OktaPerson.named("Grace", "Green", "grace@globex.example"),
                OktaPerson.named("Hank", "Hill", "hank@globex.example"));
        return teams;
    }
}
