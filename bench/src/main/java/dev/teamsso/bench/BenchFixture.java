package dev.teamsso.bench;

import dev.teamsso.providers.contract.check.IssuerMetadata;
import dev.teamsso.cli.TeamProvisioner;
import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamSsoStack;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * What the benchmark signs in to: the team {@value #TEAM} with people who have signed in before,
 * local password users, and filler teams that only make the realm bigger. Every sign-in uses a
 * fresh browser, so none rides on an earlier session.
 */
final class BenchFixture {

    static final String TEAM = "bench";
    static final String FILLER_ISSUER = "filler";
    private static final String LOCAL_PASSWORD = "bench-local-password";
    private static final int PROVISIONING_THREADS = 4;

    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;
    private final PeerSignIn stockRealm;
    private final PeerSignIn organizationsRealm;
    private final TeamRegistration team;
    private final List<OktaPerson> people = new ArrayList<>();
    private final List<String> localUsers = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private int fillerTeams;

    private BenchFixture(TeamSsoStack stack, TeamRegistration team) {
        this.stack = stack;
        this.signIn = new BrokeredSignIn(stack);
        this.stockRealm = new PeerSignIn(stack, PeerRealms.STOCK);
        this.organizationsRealm = new PeerSignIn(stack, PeerRealms.ORGANIZATIONS);
        this.team = team;
    }

    static BenchFixture prepare(TeamSsoStack stack, int returningPeople, int localUserCount) throws Exception {
        BenchFixture fixture = new BenchFixture(stack, stack.createTeam(TEAM, TEAM, "admin@bench.example"));
        PeerRealms.create(stack);
        for (int i = 0; i < returningPeople; i++) {
            OktaPerson person = OktaPerson.named("Returning", "Person" + i, "returning" + i + "@" + PeerRealms.DOMAIN);
            fixture.signIn.tokens(fixture.signIn.viaIdpHint(new BrowserlessClient(), TEAM, person));
            fixture.stockRealm.tokens(fixture.stockRealm.viaIdpHint(new BrowserlessClient(), person));
            fixture.organizationsRealm.tokens(fixture.organizationsRealm.viaIdentityFirst(new BrowserlessClient(), person));
            fixture.people.add(person);
        }
        for (int i = 0; i < localUserCount; i++) {
            fixture.localUsers.add(fixture.createLocalUser("local-" + i));
        }
        return fixture;
    }

    /** One complete sign-in on a fresh browser, ending with checked tokens; throws if it fails. */
    PlatformClient.Tokens signIn(Scenario scenario) {
        return signIn(scenario, null);
    }

    /**
     * The same, telling {@code hops} (when not null) of every browser request and of the
     * platform's back-channel code exchange ({@value #TOKEN_EXCHANGE}).
     */
    PlatformClient.Tokens signIn(Scenario scenario, BrowserlessClient.HopListener hops) {
        int n = next.getAndIncrement();
        BrowserlessClient browser = hops == null ? new BrowserlessClient() : new BrowserlessClient(hops);
        return switch (scenario) {
            case STOCK_REALM -> timedPeer(hops, stockRealm, stockRealm.viaIdpHint(browser, returning(n)));
            case IDP_BUTTON -> timedPeer(hops, stockRealm, stockRealm.viaIdpButton(browser, returning(n)));
            case IDENTITY_FIRST -> timedPeer(hops, organizationsRealm, organizationsRealm.viaIdentityFirst(browser, returning(n)));
            default -> timedOurs(hops, switch (scenario) {
                case PASSWORD -> signIn.viaPassword(browser, localUsers.get(n % localUsers.size()), LOCAL_PASSWORD);
                case IDP_HINT -> signIn.viaIdpHint(browser, TEAM, returning(n));
                case FIRST_SIGN_IN -> signIn.viaIdpHint(browser, TEAM, OktaPerson.named("New", "Person" + n, "new" + n + "@bench.example"));
                case OKTA_INITIATED -> signIn.viaOktaTile(browser, team, returning(n));
                default -> signIn.viaTeamIdForm(browser, TEAM, returning(n));
            });
        };
    }

    static final String TOKEN_EXCHANGE = "urn:team-sso-bench:token-exchange";

    private PlatformClient.Tokens timedOurs(BrowserlessClient.HopListener hops, BrokeredSignIn.Outcome outcome) {
        return timed(hops, () -> signIn.tokens(outcome));
    }

    private static PlatformClient.Tokens timedPeer(BrowserlessClient.HopListener hops, PeerSignIn realm, PeerSignIn.Flow flow) {
        return timed(hops, () -> realm.tokens(flow));
    }

    private static PlatformClient.Tokens timed(BrowserlessClient.HopListener hops, java.util.function.Supplier<PlatformClient.Tokens> exchange) {
        long begin = System.nanoTime();
        PlatformClient.Tokens tokens = exchange.get();
        if (hops != null) {
            hops.hop("POST", java.net.URI.create(TOKEN_EXCHANGE), 200, System.nanoTime() - begin);
        }
        return tokens;
    }

    BrokeredSignIn brokeredSignIn() {
        return signIn;
    }

    TeamSsoStack stack() {
        return stack;
    }

    /** Teams in the realm: the bench team and the fillers. */
    int teamCount() {
        return 1 + fillerTeams;
    }

    /** Adds filler teams (hardened, through the same provisioning as the teams tool) until there are {@code total}. */
    void growTeamsTo(int total) throws Exception {
        IssuerMetadata issuer = IssuerMetadata.discover(stack.okta().issuer(FILLER_ISSUER));
        TeamProvisioner provisioner = stack.provisioner();
        ExecutorService pool = Executors.newFixedThreadPool(PROVISIONING_THREADS);
        try {
            List<Future<String>> created = new ArrayList<>();
            for (int i = fillerTeams + 1; i < total; i++) {
                TeamRegistration filler = new TeamRegistration(new TeamId(String.format("filler-%05d", i)),
                        issuer.issuer(), "0oafiller" + i, "filler-secret", "admin" + i + "@filler.example");
                created.add(pool.submit(() -> provisioner.create(filler, issuer)));
            }
            for (Future<String> team : created) {
                team.get();
                fillerTeams++;
            }
        } finally {
            pool.shutdown();
        }
    }

    private OktaPerson returning(int n) {
        return people.get(n % people.size());
    }

    private String createLocalUser(String username) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@local.example");
        user.setEmailVerified(true);
        user.setFirstName("Local");
        user.setLastName("User");
        user.setEnabled(true);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(LOCAL_PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response response = stack.realm().users().create(user)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("could not create local user " + username + ": HTTP " + response.getStatus());
            }
        }
        return username;
    }
}
