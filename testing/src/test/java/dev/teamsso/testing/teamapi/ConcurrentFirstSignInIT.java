package dev.teamsso.testing.teamapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * 50 first sign-ins released at the same instant, 10 in each of 5 teams (each team's verified
 * admin email among them): exactly 50 accounts, each a member of its own team, exactly one
 * admin per team, no 5xx. The Okta stand-in (mock-oauth2-server) is known to drop a nonce under
 * concurrency (a map that is not thread-safe); a sign-in that fails on a missing or wrong nonce
 * is counted as the stand-in's failure, reported, and retried once with a fresh browser. Any
 * other failure fails the test.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentFirstSignInIT {

    private static final int TEAMS = 5;
    private static final int PER_TEAM = 10;

    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;
    private final List<TeamFixture> teams = new ArrayList<>();

    ConcurrentFirstSignInIT(TeamSsoStack stack) {
        this.stack = stack;
        this.signIn = new BrokeredSignIn(stack);
    }

    @BeforeAll
    void createTeams() {
        for (int i = 1; i <= TEAMS; i++) {
            teams.add(new TeamFixture(stack, "rush" + i, "boss@rush" + i + ".example"));
        }
    }

    @AfterAll
    void removeTeams() {
        teams.forEach(TeamFixture::remove);
    }

    @Test
    void fiftyFirstSignInsAtOnceMakeFiftyAccountsAndOneAdminPerTeam() throws Exception {
        Map<String, OktaPerson> admins = new ConcurrentHashMap<>();
        List<Map.Entry<String, OktaPerson>> people = new ArrayList<>();
        for (TeamFixture team : teams) {
            for (int i = 0; i < PER_TEAM; i++) {
                String email = i == PER_TEAM / 2 ? "BOSS@" + team.id() + ".example" : "p" + i + "@" + team.id() + ".example";
                OktaPerson person = OktaPerson.named("P" + i, team.id(), email);
                if (i == PER_TEAM / 2) {
                    admins.put(team.id(), person);
                }
                people.add(Map.entry(team.id(), person));
            }
        }
        Collections.shuffle(people);
        List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
        List<String> otherFailures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger standInFailures = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        List<Future<?>> runs = new ArrayList<>();
        for (Map.Entry<String, OktaPerson> entry : people) {
            runs.add(pool.submit(() -> {
                go.await();
                for (int attempt = 1; attempt <= 2; attempt++) {
                    BrokeredSignIn.Outcome outcome = signIn.viaIdpHint(new BrowserlessClient(), entry.getKey(), entry.getValue());
                    if (outcome.callback() != null) {
                        signIn.tokens(outcome);
                        return null;
                    }
                    String seen = "HTTP " + outcome.last().statusCode() + " at " + outcome.last().uri().getPath();
                    if (outcome.last().statusCode() >= 500 && outcome.last().statusCode() != 502) {
                        serverErrors.add(seen);
                        return null;
                    }
                    if (!isStandInNonceFailure(outcome)) {
                        otherFailures.add(seen);
                        return null;
                    }
                    standInFailures.incrementAndGet();
                }
                otherFailures.add("stand-in failed twice for " + entry.getValue().sub());
                return null;
            }));
        }
        go.countDown();
        for (Future<?> run : runs) {
            run.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        System.out.printf("ConcurrentFirstSignInIT: %d sign-ins, %d stand-in nonce failures retried%n",
                people.size(), standInFailures.get());

        assertThat(serverErrors).as("no 5xx").isEmpty();
        assertThat(otherFailures).isEmpty();
        int accounts = 0;
        for (TeamFixture team : teams) {
            List<UserRepresentation> users = team.team().accounts();
            accounts += users.size();
            assertThat(users).hasSize(PER_TEAM);
            assertThat(team.organization().members().list(0, 1000)).hasSize(PER_TEAM);
            String adminSub = admins.get(team.id()).sub();
            assertThat(team.adminIds()).singleElement().satisfies(id ->
                    assertThat(stack.realm().users().get(id).toRepresentation().getUsername()).isEqualTo(team.team().username(adminSub)));
        }
        assertThat(accounts).isEqualTo(TEAMS * PER_TEAM);
    }

    /** Keycloak's answers when the ID token's nonce is missing (502 broker page) or wrong (400 invalid nonce). */
    private static boolean isStandInNonceFailure(BrokeredSignIn.Outcome outcome) {
        String body = outcome.last().body();
        return outcome.last().statusCode() == 400 && body.contains("invalid nonce")
                || outcome.last().statusCode() == 502 && body.contains("identity provider");
    }
}
