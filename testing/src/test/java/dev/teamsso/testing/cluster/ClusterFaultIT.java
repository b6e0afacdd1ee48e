package dev.teamsso.testing.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.cluster.FaultTraffic.Signed;
import dev.teamsso.testing.teamapi.TeamFixture;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * SIGKILL one node while first sign-ins and role changes run through the balancer: the balancer
 * moves on to the other node, no acknowledged first sign-in or role change is lost, a sign-in
 * cut off on the dead node leaves no half-made account (its person's next sign-in completes
 * it), and the node restarts and rejoins the cluster. Prints the counts.
 */
@ExtendWith(TeamSsoClusterExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterFaultIT {

    private static final String TEAM = "faultco";
    private static final int SIGN_IN_WORKERS = 3;
    private static final int ACKS_BEFORE_KILL = 6;
    private static final int ACKS_AFTER_KILL = 6;

    private final KeycloakCluster cluster;
    private final TeamSsoStack stack;
    private TeamFixture team;

    ClusterFaultIT(KeycloakCluster cluster) {
        this.cluster = cluster;
        this.stack = cluster.stack();
    }

    @AfterAll
    void removeTeam() {
        if (team != null) {
            team.remove();
        }
    }

    @Test
    void killingANodeMidTrafficLosesNothingAcknowledgedAndTheNodeRejoins() throws Exception {
        team = new TeamFixture(stack, TEAM, "admin@faultco.example");
        Signed admin = FaultTraffic.signIn(stack, TEAM, OktaPerson.named("Admin", "Fault", "admin@faultco.example"));
        Signed member = FaultTraffic.signIn(stack, TEAM, OktaPerson.named("Member", "Fault", "member@faultco.example"));
        ClusterNode victim = cluster.node("node2");

        FaultTraffic traffic = new FaultTraffic(stack, TEAM, admin, member, SIGN_IN_WORKERS);
        int acksAtKill;
        int roleAcksAtKill;
        try {
            waitUntil(() -> traffic.acknowledgedSignIns() >= ACKS_BEFORE_KILL && traffic.toggler.acks.get() >= 3);
            victim.kill();
            acksAtKill = traffic.acknowledgedSignIns();
            roleAcksAtKill = traffic.toggler.acks.get();
            waitUntil(() -> traffic.acknowledgedSignIns() >= acksAtKill + ACKS_AFTER_KILL && traffic.toggler.acks.get() >= roleAcksAtKill + 3);
        } finally {
            traffic.stop();
        }

        int lost = 0;
        for (Signed signed : traffic.acknowledged()) {
            lost += accountIsWhole(signed) ? 0 : 1;
        }
        String role = team.adminIds().contains(member.userId()) ? "admin" : "member";
        boolean roleKept = role.equals(traffic.toggler.lastAcked) || role.equals(traffic.toggler.inFlight);
        int completed = completeInterruptedFirstSignIns(traffic);

        victim.restart();
        cluster.awaitFullView();
        BrowserlessClient browser = new BrowserlessClient();
        FaultTraffic.signIn(stack, TEAM, OktaPerson.named("After", "Fault", "after@faultco.example"));
        new BrokeredSignIn(stack).viaIdpHint(browser, TEAM, OktaPerson.named("Back", "Fault", "back@faultco.example"));

        System.out.printf("ClusterFaultIT: node2 killed after %d acknowledged first sign-ins and %d role changes; %d first sign-ins "
                        + "and %d role changes acknowledged in all; lost: %d sign-ins, role kept: %s; failed in flight: %d sign-ins, "
                        + "%d role changes; half-made accounts completed by the next sign-in: %d; node2 rejoined (view %d)%n",
                acksAtKill, roleAcksAtKill, traffic.acknowledgedSignIns(), traffic.toggler.acks.get(), lost, roleKept,
                traffic.failedSignIns(), traffic.toggler.failures.get(), completed, victim.viewSize());
        assertThat(lost).as("acknowledged first sign-ins lost").isZero();
        assertThat(roleKept).as("the member's role (%s) is the last acknowledged one or the one in flight", role).isTrue();
        assertThat(traffic.acknowledgedSignIns()).as("the balancer moved on").isGreaterThanOrEqualTo(acksAtKill + ACKS_AFTER_KILL);
        assertThat(victim.viewSize()).as("node2 rejoined").isEqualTo(cluster.nodes().size());
        assertThat(NodeTrail.of(browser, cluster.balancer().url())).as("the restarted node serves again").contains(victim.name());
    }

    private boolean accountIsWhole(Signed signed) {
        Optional<UserRepresentation> found = team.team().account(signed.person().sub());
        return found.isPresent() && found.get().getId().equals(signed.userId())
                && !stack.realm().users().get(signed.userId()).getFederatedIdentity().isEmpty()
                && team.organization().members().list(0, 100_000).stream().anyMatch(m -> m.getId().equals(signed.userId()));
    }

    /** Accounts without their Okta link come only from sign-ins cut off in flight; each person's next sign-in completes theirs. */
    private int completeInterruptedFirstSignIns(FaultTraffic traffic) {
        List<UserRepresentation> unlinked = team.team().accounts().stream()
                .filter(user -> stack.realm().users().get(user.getId()).getFederatedIdentity().isEmpty())
                .toList();
        for (UserRepresentation account : unlinked) {
            assertThat(traffic.acknowledged()).noneMatch(signed -> signed.userId().equals(account.getId()));
            OktaPerson person = traffic.startedBy(team.team().subjectOf(account.getUsername()).orElseThrow());
            assertThat(person).as("unlinked %s belongs to a sign-in in flight", account.getUsername()).isNotNull();
            assertThat(FaultTraffic.signIn(stack, TEAM, person).userId()).isEqualTo(account.getId());
        }
        return unlinked.size();
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("traffic made progress within 3 minutes").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
