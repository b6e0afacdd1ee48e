package dev.teamsso.testing.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.HtmlForms;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The per-address Team ID throttle counts misses across nodes (Keycloak's cluster-wide
 * single-use store, not a node's memory), and the address it counts is the one the balancer
 * saw: each browser here claims its own address in {@code X-Forwarded-For}, HAProxy overwrites
 * it, so all of them are one address. The test cluster allows
 * {@value ClusterOptions#TEST_MISSES_PER_ADDRESS} misses per address in
 * {@value ClusterOptions#TEST_THROTTLE_WINDOW_SECONDS} s; a found team is never refused (only misses
 * are); the test waits the cool-down out.
 */
@ExtendWith(TeamSsoClusterExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterThrottleIT {

    private static final String TEAM = "gateco";

    private final KeycloakCluster cluster;
    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;

    ClusterThrottleIT(KeycloakCluster cluster) {
        this.cluster = cluster;
        this.stack = cluster.stack();
        this.signIn = new BrokeredSignIn(stack);
    }

    @BeforeAll
    void createTeam() {
        stack.createTeam(TEAM, TEAM, "admin@gateco.example");
    }

    @AfterAll
    void removeTeam() {
        TestTeam.of(stack, TEAM).remove();
    }

    @Test
    void missesOnBothNodesFromOneAddressAddUpAndTheCoolDownEnds() {
        int perBrowser = ClusterOptions.TEST_MISSES_PER_ADDRESS / 2;
        List<String> missServedBy = new ArrayList<>();
        for (int browserNumber = 0; browserNumber < 2; browserNumber++) {
            BrowserlessClient browser = new BrowserlessClient();
            BrokeredSignIn.LoginPage teamIdPage = signIn.openTeamIdPage(browser);
            HttpResponse<String> page = teamIdPage.page();
            for (int miss = 0; miss < perBrowser; miss++) {
                page = signIn.submitTeamId(browser, new BrokeredSignIn.LoginPage(teamIdPage.authorization(), page),
                        "nosuch" + browserNumber + "x" + miss);
                assertThat(errorText(page)).as("miss %d of browser %d", miss, browserNumber).doesNotStartWith("Too many attempts");
                missServedBy.add(page.headers().firstValue(Balancer.NODE_HEADER).orElseThrow());
            }
        }
        assertThat(missServedBy).as("the misses landed on every node").containsAll(cluster.nodeNames());

        BrowserlessClient third = new BrowserlessClient();
        HttpResponse<String> refused = signIn.submitTeamId(third, signIn.openTeamIdPage(third), "nosuchthird");
        assertThat(errorText(refused)).as("a miss from a third browser behind the same balancer address, with its own claimed address")
                .startsWith("Too many attempts");
        BrowserlessClient colleague = new BrowserlessClient();
        assertThat(signIn.submitTeamId(colleague, signIn.openTeamIdPage(colleague), TEAM).statusCode())
                .as("the right Team ID from that address is never refused, even in the cool-down").isEqualTo(303);

        long deadline = System.nanoTime() + 3L * ClusterOptions.TEST_THROTTLE_WINDOW_SECONDS * 1_000_000_000L;
        String answer;
        do {
            pause();
            BrowserlessClient later = new BrowserlessClient();
            answer = errorText(signIn.submitTeamId(later, signIn.openTeamIdPage(later), "nosuchlater"));
        } while (answer.startsWith("Too many attempts") && System.nanoTime() < deadline);
        assertThat(answer).as("a miss once the window has passed gets the generic answer again").isNotEqualTo("(no error shown)")
                .doesNotStartWith("Too many attempts");
    }

    private static void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String errorText(HttpResponse<String> page) {
        Element error = HtmlForms.parse(page).selectFirst("#team-id-error");
        return error == null ? "(no error shown)" : error.text();
    }
}
