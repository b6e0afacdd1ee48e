package dev.teamsso.testing.cluster;

import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamApiClient;
import dev.teamsso.testing.TeamSsoStack;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * First sign-ins and role changes through the balancer, for as long as the fault test wants:
 * what a client saw acknowledged is recorded, so nothing acknowledged can go missing unseen.
 */
final class FaultTraffic {

    private final TeamSsoStack stack;
    private final String team;
    private final Queue<Signed> acknowledged = new ConcurrentLinkedQueue<>();
    private final Map<String, OktaPerson> started = new ConcurrentHashMap<>();
    private final AtomicInteger failedSignIns = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService pool;
    final Toggler toggler;

    FaultTraffic(TeamSsoStack stack, String team, Signed admin, Signed member, int signInWorkers) {
        this.stack = stack;
        this.team = team;
        this.toggler = new Toggler(new TeamApiClient(stack.keycloak().realmUrl(TeamSsoStack.REALM)), admin, member);
        this.pool = Executors.newFixedThreadPool(signInWorkers + 1);
        for (int i = 0; i < signInWorkers; i++) {
            pool.submit(this::signInLoop);
        }
        pool.submit(toggler::run);
    }

    static Signed signIn(TeamSsoStack stack, String team, OktaPerson person) {
        BrokeredSignIn signIn = new BrokeredSignIn(stack);
        PlatformClient.Tokens tokens = signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), team, person));
        return new Signed(person, tokens.accessToken().getSubject(), tokens.rawAccessToken());
    }

    private void signInLoop() {
        while (running.get()) {
            OktaPerson person = OktaPerson.named("New", team, OktaPerson.newOktaUserId() + "@" + team + ".example");
            started.put(person.sub(), person);
            try {
                acknowledged.add(signIn(stack, team, person));
            } catch (RuntimeException e) {
                failedSignIns.incrementAndGet(); // in flight on the dead node, or refused: never acknowledged
            }
        }
    }

    int acknowledgedSignIns() {
        return acknowledged.size();
    }

    List<Signed> acknowledged() {
        return List.copyOf(acknowledged);
    }

    OktaPerson startedBy(String sub) {
        return started.get(sub);
    }

    int failedSignIns() {
        return failedSignIns.get();
    }

    void stop() throws InterruptedException {
        running.set(false);
        pool.shutdown();
        if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
    }

    record Signed(OktaPerson person, String userId, String token) {
    }

    /** The team's admin flips one member between admin and member; a failed change is retried until acknowledged. */
    final class Toggler {

        private final TeamApiClient api;
        final Signed admin;
        final Signed member;
        final AtomicInteger acks = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        volatile String lastAcked = "member";
        volatile String inFlight;

        Toggler(TeamApiClient api, Signed admin, Signed member) {
            this.api = api;
            this.admin = admin;
            this.member = member;
        }

        void run() {
            while (running.get()) {
                String wanted = inFlight != null ? inFlight : lastAcked.equals("admin") ? "member" : "admin";
                inFlight = wanted;
                int status;
                try {
                    status = api.setRole(admin.token(), team, member.userId(), wanted).status();
                } catch (RuntimeException e) {
                    status = -1;
                }
                if (status != 200) {
                    failures.incrementAndGet(); // may or may not have been saved: retried with the same role
                    continue;
                }
                lastAcked = wanted;
                inFlight = null;
                acks.incrementAndGet();
            }
        }
    }
}
