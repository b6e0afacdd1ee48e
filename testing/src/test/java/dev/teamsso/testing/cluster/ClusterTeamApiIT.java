package dev.teamsso.testing.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.testing.AtOnce;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.TeamApiClient;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.teamapi.TeamFixture;
import dev.teamsso.testing.teamapi.TeamFixture.Person;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Team API role changes on the cluster: a change made on one node is what the other node
 * answers at once (Keycloak's cluster-wide cache invalidation), and two admins demoting each
 * other at the same moment on different nodes leave exactly one winner and one admin (the
 * team lock is a database row lock, so it holds across nodes).
 */
@ExtendWith(TeamSsoClusterExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterTeamApiIT {

    private static final String TEAM = "duoteam";
    private static final int ROUNDS = 15;

    private final KeycloakCluster cluster;
    private final TeamSsoStack stack;
    private TeamFixture team;
    private Person ada;
    private Person bob;
    private TeamApiClient onNode1;
    private TeamApiClient onNode2;

    ClusterTeamApiIT(KeycloakCluster cluster) {
        this.cluster = cluster;
        this.stack = cluster.stack();
    }

    @BeforeAll
    void createTeam() {
        team = new TeamFixture(stack, TEAM, "ada@duoteam.example");
        ada = team.signIn(OktaPerson.named("Ada", "Duo", "ada@duoteam.example"));
        bob = team.signIn(OktaPerson.named("Bob", "Duo", "bob@duoteam.example"));
        onNode1 = direct(cluster.node("node1"));
        onNode2 = direct(cluster.node("node2"));
    }

    @AfterAll
    void removeTeam() {
        team.remove();
    }

    @Test
    void aRoleChangeOnOneNodeIsWhatTheOtherNodeAnswersAtOnce() {
        team.setAdmins(ada.id());
        for (int round = 0; round < 4; round++) {
            TeamApiClient writer = round % 2 == 0 ? onNode1 : onNode2;
            TeamApiClient reader = round % 2 == 0 ? onNode2 : onNode1;
            String role = round % 2 == 0 ? "admin" : "member";

            assertThat(writer.setRole(ada.token(), TEAM, bob.id(), role).status()).as("round %d", round).isEqualTo(200);

            TeamApiClient.Answer read = reader.member(ada.token(), TEAM, bob.id());
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("role").asText()).as("the other node, right after round %d", round).isEqualTo(role);
        }
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceOnDifferentNodesLeaveOneWinnerAndOneAdmin() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                team.setAdmins(ada.id(), bob.id());

                List<Integer> statuses = AtOnce.run(pool,
                        () -> onNode1.setRole(ada.token(), TEAM, bob.id(), "member").status(),
                        () -> onNode2.setRole(bob.token(), TEAM, ada.id(), "member").status());

                assertThat(team.adminIds()).as("admins after round %d (%s)", round, statuses).hasSize(1);
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 403);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theLastAdminCannotStepDownOnEitherNode() {
        team.setAdmins(ada.id());

        assertThat(onNode1.setRole(ada.token(), TEAM, ada.id(), "member").status()).isEqualTo(409);
        assertThat(onNode2.setRole(ada.token(), TEAM, ada.id(), "member").status()).isEqualTo(409);
        assertThat(team.adminIds()).containsExactly(ada.id());
    }

    /** The team API of one node, not through the balancer: the test picks the node. */
    static TeamApiClient direct(ClusterNode node) {
        return new TeamApiClient("http://127.0.0.1:" + node.httpPort() + "/realms/" + TeamSsoStack.REALM);
    }
}
