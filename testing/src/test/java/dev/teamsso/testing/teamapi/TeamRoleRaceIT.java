package dev.teamsso.testing.teamapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.testing.AtOnce;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.TeamApiClient;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.teamapi.TeamFixture.Person;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two admins change roles at the same moment, many times over: whatever the interleaving, the
 * team keeps at least one admin, and exactly one of the two requests wins.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamRoleRaceIT {

    private static final String TEAM = "vandelay";
    private static final int ROUNDS = 30;

    private final TeamSsoStack stack;
    private final TeamApiClient api;
    private TeamFixture team;
    private Person art;
    private Person kel;
    private ExecutorService pool;

    TeamRoleRaceIT(TeamSsoStack stack) {
        this.stack = stack;
        this.api = new TeamApiClient(stack.keycloak().realmUrl(TeamSsoStack.REALM));
    }

    @BeforeAll
    void createTeam() {
        team = new TeamFixture(stack, TEAM, "art@vandelay.example");
        art = team.signIn(OktaPerson.named("Art", "Vandelay", "art@vandelay.example"));
        kel = team.signIn(OktaPerson.named("Kel", "Varnsen", "kel@vandelay.example"));
    }

    @BeforeEach
    void startPool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    @AfterAll
    void removeTeam() {
        team.remove();
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() {
        for (int round = 0; round < ROUNDS; round++) {
            team.setAdmins(art.id(), kel.id());

            List<Integer> statuses = AtOnce.run(pool,
                    () -> api.setRole(art.token(), TEAM, kel.id(), "member").status(),
                    () -> api.setRole(kel.token(), TEAM, art.id(), "member").status());

            assertThat(team.adminIds()).as("admins after round %d (%s)", round, statuses).hasSize(1);
            // The loser was demoted before its own request got the team: it is no admin any more.
            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 403);
        }
    }

    @Test
    void twoAdminsSteppingDownAtOnceLeaveOneAdmin() {
        for (int round = 0; round < ROUNDS; round++) {
            team.setAdmins(art.id(), kel.id());

            List<Integer> statuses = AtOnce.run(pool,
                    () -> api.setRole(art.token(), TEAM, art.id(), "member").status(),
                    () -> api.setRole(kel.token(), TEAM, kel.id(), "member").status());

            assertThat(team.adminIds()).as("admins after round %d (%s)", round, statuses).hasSize(1);
            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
        }
    }
}
