package dev.teamsso.testing.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.cli.tool.TeamsTool;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.KeycloakServer;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamApiClient;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code teams disable} run against one node is in force on the other node the moment the tool
 * exits: no new sign-in, no refresh of an existing one, no team API call. Keycloak invalidates
 * the realm, organization and IdP caches of every node when one node changes them.
 * SCIM deactivation and Universal Logout across nodes: {@link ClusterLeaverIT}.
 */
@ExtendWith(TeamSsoClusterExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterDisableIT {

    private static final String TEAM = "offco";

    private final KeycloakCluster cluster;
    private final TeamSsoStack stack;

    ClusterDisableIT(KeycloakCluster cluster) {
        this.cluster = cluster;
        this.stack = cluster.stack();
    }

    @BeforeAll
    void createTeam() {
        stack.createTeam(TEAM, TEAM, "admin@offco.example");
    }

    @AfterAll
    void removeTeam() {
        TestTeam.of(stack, TEAM).remove();
    }

    @Test
    void disablingThroughOneNodeStopsSignInRefreshAndTheApiOnTheOther() throws Exception {
        ClusterNode node1 = cluster.node("node1");
        ClusterNode node2 = cluster.node("node2");
        OktaPerson dee = OktaPerson.named("Dee", "Off", "dee@offco.example");
        BrokeredSignIn signIn = new BrokeredSignIn(stack);
        PlatformClient.Tokens tokens = signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), TEAM, dee));
        TeamApiClient apiOnNode2 = ClusterTeamApiIT.direct(node2);
        assertThat(apiOnNode2.team(tokens.rawAccessToken(), TEAM).status()).as("before").isEqualTo(200);
        assertThat(refreshOn(node2, tokens.rawRefreshToken())).as("refresh before").isEqualTo(200);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = TeamsTool.run(Map.of(), new PrintWriter(out), new PrintWriter(err),
                "disable", TEAM, "--server=http://127.0.0.1:" + node1.httpPort());
        assertThat(exit).as("teams disable through node1: %s %s", out, err).isZero();

        assertThat(apiOnNode2.team(tokens.rawAccessToken(), TEAM).status()).as("team API on node2").isNotEqualTo(200);
        assertThat(refreshOn(node2, tokens.rawRefreshToken())).as("refresh on node2").isEqualTo(400);
        BrokeredSignIn onNode2 = new BrokeredSignIn(TeamSsoStack.of(stack.okta(), KeycloakServer.external("http://127.0.0.1:" + node2.httpPort())));
        BrokeredSignIn.Outcome refused = onNode2.viaIdpHint(new BrowserlessClient(), TEAM, OktaPerson.named("Eve", "Off", "eve@offco.example"));
        assertThat(refused.callback()).as("a sign-in starting on node2 ends on a page, not at the platform").isNull();
        assertThat(refused.last().uri().toString()).doesNotStartWith(stack.okta().baseUrl());
    }

    /** The status of a refresh-token grant sent straight to {@code node}'s token endpoint. */
    static int refreshOn(ClusterNode node, String refreshToken) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.httpPort() + "/realms/"
                        + TeamSsoStack.REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(BrowserlessClient.formBody(Map.of("grant_type", "refresh_token",
                        "client_id", TeamSsoStack.DASHBOARD_CLIENT, "refresh_token", refreshToken))))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
