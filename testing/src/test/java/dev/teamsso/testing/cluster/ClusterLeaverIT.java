package dev.teamsso.testing.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.cli.ScimTokenStore;
import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.ScimClient;
import dev.teamsso.testing.TeamApiClient;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A leaver's access ends on every node at once: a SCIM deactivation sent to node1, and an Okta
 * Universal Logout call sent to node1, each end the person's refresh token and team API access on
 * node2 the moment node1 answers; a Universal Logout JWT used on node1 is refused on node2 (its
 * {@code jti} is single use cluster-wide).
 */
@ExtendWith(TeamSsoClusterExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterLeaverIT {

    private static final String TEAM = "leaveco";

    private final KeycloakCluster cluster;
    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;
    private String scimToken;

    ClusterLeaverIT(KeycloakCluster cluster) {
        this.cluster = cluster;
        this.stack = cluster.stack();
        this.signIn = new BrokeredSignIn(stack);
    }

    @BeforeAll
    void createTeam() {
        stack.createTeam(TEAM, TEAM, "admin@leaveco.example");
        scimToken = new ScimTokenStore(stack.realm()).issue(new TeamId(TEAM)).orElseThrow();
    }

    @AfterAll
    void removeTeam() {
        TestTeam.of(stack, TEAM).remove();
    }

    @Test
    void scimDeactivationOnOneNodeEndsRefreshAndApiAccessOnTheOther() throws Exception {
        ClusterNode node1 = cluster.node("node1");
        ClusterNode node2 = cluster.node("node2");
        OktaPerson lea = OktaPerson.named("Lea", "Ver", "lea@leaveco.example");
        ScimClient scimOnNode1 = new ScimClient(direct(node1), TEAM, scimToken);
        ScimClient.Answer created = scimOnNode1.post("/Users",
                ScimClient.oktaUser(lea.email(), lea.sub(), lea.givenName(), lea.familyName(), true));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        PlatformClient.Tokens tokens = signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), TEAM, lea));
        assertThat(tokens.accessToken().getSubject()).as("the sign-in claims the SCIM account").isEqualTo(id);
        TeamApiClient apiOnNode2 = ClusterTeamApiIT.direct(node2);
        assertThat(apiOnNode2.team(tokens.rawAccessToken(), TEAM).status()).as("team API on node2 before").isEqualTo(200);

        assertThat(scimOnNode1.setActive(id, false).status()).as("deactivated through node1").isEqualTo(200);

        assertThat(ClusterDisableIT.refreshOn(node2, tokens.rawRefreshToken())).as("refresh on node2").isEqualTo(400);
        assertThat(apiOnNode2.team(tokens.rawAccessToken(), TEAM).status()).as("team API on node2").isEqualTo(401);
        assertThat(stack.realm().users().get(id).toRepresentation().isEnabled()).isFalse();
    }

    @Test
    void universalLogoutOnOneNodeEndsTheSessionOnTheOtherAndItsJwtIsSingleUseClusterWide() throws Exception {
        ClusterNode node1 = cluster.node("node1");
        ClusterNode node2 = cluster.node("node2");
        OktaPerson max = OktaPerson.named("Max", "Out", "max@leaveco.example");
        PlatformClient.Tokens tokens = signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), TEAM, max));
        TeamApiClient apiOnNode2 = ClusterTeamApiIT.direct(node2);
        assertThat(apiOnNode2.team(tokens.rawAccessToken(), TEAM).status()).as("team API on node2 before").isEqualTo(200);
        // The JWT's audience is the endpoint under the public (balancer) URL, which every node's --hostname names.
        String jwt = stack.okta().logoutJwt(TEAM, stack.keycloak().realmUrl(TeamSsoStack.REALM) + "/teams/" + TEAM
                + "/global-token-revocation");
        String body = "{\"sub_id\":{\"format\":\"iss_sub\",\"iss\":\"" + stack.okta().issuer(TEAM) + "\",\"sub\":\""
                + max.sub() + "\"}}";

        TeamApiClient.Answer revoked = ClusterTeamApiIT.direct(node1).send("POST",
                TeamApiClient.path(TEAM, "global-token-revocation"), jwt, "application/json", body);
        assertThat(revoked.status()).as("Universal Logout through node1: %s", revoked.body()).isEqualTo(204);

        assertThat(ClusterDisableIT.refreshOn(node2, tokens.rawRefreshToken())).as("refresh on node2").isEqualTo(400);
        assertThat(apiOnNode2.team(tokens.rawAccessToken(), TEAM).status()).as("team API on node2").isEqualTo(401);
        TeamApiClient.Answer replayed = apiOnNode2.send("POST", TeamApiClient.path(TEAM, "global-token-revocation"),
                jwt, "application/json", body);
        assertThat(replayed.status()).as("the same JWT again, on node2").isEqualTo(401);
    }

    private static String direct(ClusterNode node) {
        return "http://127.0.0.1:" + node.httpPort() + "/realms/" + TeamSsoStack.REALM;
    }
}
