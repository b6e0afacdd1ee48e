package dev.teamsso.testing.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The topology itself: two production-mode nodes that see each other (one cluster view of 2),
 * each healthy on its own management port, and a balancer that sends one browser's consecutive
 * requests to alternating nodes while the sign-in still completes.
 */
@ExtendWith(TeamSsoClusterExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterTopologyIT {

    private static final String TEAM = "topo";

    private final KeycloakCluster cluster;
    private final TeamSsoStack stack;

    ClusterTopologyIT(KeycloakCluster cluster) {
        this.cluster = cluster;
        this.stack = cluster.stack();
    }

    @BeforeAll
    void createTeam() {
        stack.createTeam(TEAM, TEAM, "admin@topo.example");
    }

    @AfterAll
    void removeTeam() {
        TestTeam.of(stack, TEAM).remove();
    }

    @Test
    void everyNodeRunsInProductionModeAndSeesTheWholeCluster() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (ClusterNode node : cluster.nodes()) {
            assertThat(node.viewSize()).as("%s's last cluster view", node.name()).isEqualTo(cluster.nodes().size());
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + node.managementPort() + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(node.server().logFile()).content().contains("Keycloak 26.7.3").doesNotContain("development mode");
        }
    }

    @Test
    void consecutiveRequestsOfOneSignInAlternateNodesAndTheSignInCompletes() {
        BrokeredSignIn signIn = new BrokeredSignIn(stack);
        BrowserlessClient browser = new BrowserlessClient();

        BrokeredSignIn.Outcome outcome = signIn.viaIdpHint(browser, TEAM, OktaPerson.named("Tess", "Topo", "tess@topo.example"));

        List<String> trail = NodeTrail.of(browser, cluster.balancer().url());
        System.out.println("ClusterTopologyIT: first sign-in served by " + trail);
        assertThat(trail).hasSizeGreaterThanOrEqualTo(3).containsAll(cluster.nodeNames());
        assertThat(NodeTrail.alternates(trail)).as("consecutive hops alternate nodes: %s", trail).isTrue();
        PlatformClient.Tokens tokens = signIn.tokens(outcome);
        assertThat(tokens.accessToken().getClaims()).containsEntry("team_id", TEAM).containsEntry("team_role", "member");
        assertThat(tokens.accessToken().getIssuer()).isEqualTo(stack.keycloak().realmUrl(TeamSsoStack.REALM));
    }
}
