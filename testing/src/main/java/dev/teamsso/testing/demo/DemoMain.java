package dev.teamsso.testing.demo;

import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.testing.KeycloakServerOptions;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.cluster.ClusterOptions;
import dev.teamsso.testing.cluster.KeycloakCluster;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bin/demo}: Keycloak on 8080 with our extension, the Okta stand-in on 8085 with the demo
 * teams' people, and the dashboard stand-in on 8081. Runs until Ctrl-C. {@code bin/demo --nodes 2}
 * runs Keycloak as a cluster of that many production-mode nodes on PostgreSQL behind HAProxy on
 * 8080 instead, and prints which node served each of the first requests.
 */
public final class DemoMain {

    static final int KEYCLOAK_PORT = 8080;
    static final int DASHBOARD_PORT = DashboardPort.PORT;
    static final int OKTA_PORT = 8085;

    private DemoMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int nodes = DemoArguments.nodes(args);
        KeycloakCluster cluster = null;
        TeamSsoStack stack;
        if (nodes > 1) {
            System.out.printf("Starting the Team SSO demo as a %d-node cluster on PostgreSQL behind HAProxy "
                    + "(building and starting the nodes takes a few minutes)...%n", nodes);
            cluster = KeycloakCluster.start(new ClusterOptions("demo-cluster", nodes, KEYCLOAK_PORT, OKTA_PORT, List.of()));
            stack = cluster.stack();
        } else {
            System.out.println("Starting the Team SSO demo (Keycloak takes about half a minute)...");
            stack = TeamSsoStack.start(KeycloakServerOptions.forTests("demo").withHttpPort(KEYCLOAK_PORT), OKTA_PORT);
        }
        AutoCloseable keycloak = cluster != null ? cluster : stack;
        DashboardStandIn dashboard;
        List<TeamRegistration> teams;
        DemoScim scim;
        DemoInvite invite;
        try {
            dashboard = DashboardStandIn.start(DASHBOARD_PORT, new PlatformClient(
                    stack.keycloak().realmUrl(TeamSsoStack.REALM), TeamSsoStack.DASHBOARD_CLIENT,
                    URI.create(TeamSsoStack.DASHBOARD_REDIRECT_URI)));
            teams = seedTeams(stack);
            scim = DemoScim.provision(stack, "acme", stack.okta().directory().stream()
                    .filter(person -> person.email().equals("bob@acme.example")).findFirst().orElseThrow());
            invite = DemoInvite.create(stack);
        } catch (RuntimeException | Error e) {
            close(keycloak);
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the demo...");
            dashboard.close();
            close(keycloak);
            stopped.countDown();
        }, "demo-stop"));
        System.out.println(DemoBanner.render(stack, dashboard.home(), teams, scim, invite));
        if (cluster != null) {
            ServedBy.printFirstRequests(cluster, System.out);
        }
        stopped.await();
    }

    private static void close(AutoCloseable keycloak) {
        try {
            keycloak.close();
        } catch (Exception e) {
            System.err.println("could not stop Keycloak: " + e.getMessage());
        }
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
