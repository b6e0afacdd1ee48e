package dev.teamsso.testing.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.KeycloakServer;
import dev.teamsso.testing.KeycloakServerOptions;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.OktaStandIn;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamApiClient;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.representations.idm.FederatedIdentityRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A server of its own is killed with SIGKILL while first sign-ins and role changes are in
 * flight, then started again on the same data. Everything a client saw acknowledged must be
 * there; nothing may be half-written (an account without its team or its Okta link, an admin
 * outside the team); a role change that was in flight is either fully there or not at all;
 * and sign-ins, new and returning, work again.
 */
final class CrashScenario {

    private static final List<String> TEAMS = List.of("crash-a", "crash-b", "crash-c");
    private static final int SIGN_IN_WORKERS = 4;
    private static final int ACKS_BEFORE_KILL = 8;

    private final KeycloakServerOptions options;
    private final Queue<Signed> acknowledged = new ConcurrentLinkedQueue<>();
    private final Map<String, OktaPerson> started = new ConcurrentHashMap<>();
    private final List<Toggler> togglers = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger interrupted = new AtomicInteger();

    CrashScenario(KeycloakServerOptions options) {
        this.options = options;
    }

    void run() throws Exception {
        OktaStandIn okta = OktaStandIn.start(0);
        TeamSsoStack before = TeamSsoStack.of(okta, KeycloakServer.start(options));
        try {
            Map<String, Signed> admins = setUp(before);
            traffic(before, admins);
            before.keycloak().kill();
            running.set(false);
        } catch (RuntimeException | Error e) {
            before.close();
            throw e;
        }
        before.adminClient().close();
        System.out.printf("%s: killed with %d first sign-ins and %d role changes acknowledged%n", options.instance(),
                acknowledged.size(), togglers.stream().mapToInt(toggler -> toggler.acks.get()).sum());

        try (TeamSsoStack after = TeamSsoStack.of(okta, KeycloakServer.restart(options.withHttpPort(before.keycloak().httpPort())))) {
            for (String team : TEAMS) {
                completeInterruptedFirstSignIns(after, team);
                assertTeamIsWhole(after, team);
            }
            for (Signed signed : acknowledged) {
                assertAccountIsWhole(after, signed);
            }
            for (Toggler toggler : togglers) {
                String role = roleOf(after, toggler.team, toggler.member.userId);
                assertThat(Set.of(toggler.lastAcked, toggler.inFlight == null ? toggler.lastAcked : toggler.inFlight))
                        .as("role of %s after the crash", toggler.member.userId).contains(role);
            }
            signInsResume(after);
            System.out.printf("%s: %d interrupted first sign-ins completed after the restart%n", options.instance(), interrupted.get());
        }
    }

    private Map<String, Signed> setUp(TeamSsoStack stack) {
        Map<String, Signed> admins = new HashMap<>();
        for (String team : TEAMS) {
            stack.createTeam(team, team, "admin@" + team + ".example");
            Signed admin = signIn(stack, team, OktaPerson.named("Admin", team, "admin@" + team + ".example"));
            Signed member = signIn(stack, team, OktaPerson.named("Member", team, "member@" + team + ".example"));
            acknowledged.add(admin);
            acknowledged.add(member);
            admins.put(team, admin);
            togglers.add(new Toggler(team, admin, member));
        }
        return admins;
    }

    private void traffic(TeamSsoStack stack, Map<String, Signed> admins) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(SIGN_IN_WORKERS + togglers.size());
        AtomicInteger newAccounts = new AtomicInteger();
        for (int i = 0; i < SIGN_IN_WORKERS; i++) {
            pool.submit(() -> {
                while (running.get()) {
                    String team = TEAMS.get(ThreadLocalRandom.current().nextInt(TEAMS.size()));
                    OktaPerson person = OktaPerson.named("New", team, OktaPerson.newOktaUserId() + "@" + team + ".example");
                    started.put(person.sub(), person);
                    try {
                        acknowledged.add(signIn(stack, team, person));
                        newAccounts.incrementAndGet();
                    } catch (RuntimeException e) {
                        return; // the server is gone: this sign-in was never acknowledged
                    }
                }
            });
        }
        TeamApiClient api = new TeamApiClient(stack.keycloak().realmUrl(TeamSsoStack.REALM));
        for (Toggler toggler : togglers) {
            pool.submit(() -> toggler.run(api));
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while ((newAccounts.get() < ACKS_BEFORE_KILL || togglers.stream().anyMatch(t -> t.acks.get() < 3))
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        pool.shutdown();
    }

    private Signed signIn(TeamSsoStack stack, String team, OktaPerson person) {
        BrokeredSignIn signIn = new BrokeredSignIn(stack);
        PlatformClient.Tokens tokens = signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), team, person));
        return new Signed(team, person, tokens.accessToken().getSubject(), tokens.rawAccessToken());
    }

    /**
     * Keycloak saves a first sign-in in two requests (account, then Okta link); a kill in between
     * leaves an account without its link, never acknowledged to anyone. Its person signing in
     * again must complete it, to the same account (InterruptedFirstSignInIT).
     */
    private void completeInterruptedFirstSignIns(TeamSsoStack stack, String team) {
        List<UserRepresentation> unlinked = TestTeam.of(stack, team).accounts().stream()
                .filter(user -> stack.realm().users().get(user.getId()).getFederatedIdentity().isEmpty())
                .toList();
        for (UserRepresentation account : unlinked) {
            assertThat(acknowledged).as("an acknowledged sign-in lost its link").noneMatch(signed -> signed.userId.equals(account.getId()));
            OktaPerson person = started.get(TestTeam.of(stack, team).subjectOf(account.getUsername()).orElseThrow());
            assertThat(person).as("unlinked account %s belongs to a sign-in that was in flight", account.getUsername()).isNotNull();
            assertThat(signIn(stack, team, person).userId).isEqualTo(account.getId());
            interrupted.incrementAndGet();
        }
    }

    private static void assertTeamIsWhole(TeamSsoStack stack, String team) {
        var organization = stack.provisioner().findOrganization(new TeamId(team));
        assertThat(organization).as("team %s survives", team).isPresent();
        assertThat(organization.get().isEnabled()).isTrue();
        assertThat(stack.realm().identityProviders().get(team).toRepresentation().isEnabled()).isTrue();
        OrganizationResource resource = stack.realm().organizations().get(organization.get().getId());
        Set<String> members = resource.members().list(0, 10_000).stream().map(MemberRepresentation::getId).collect(Collectors.toSet());
        List<UserRepresentation> accounts = TestTeam.of(stack, team).accounts();
        assertThat(accounts).as("every account of %s is a member, and every member is an account of %s", team, team)
                .extracting(UserRepresentation::getId).containsExactlyInAnyOrderElementsOf(members);
        for (UserRepresentation account : accounts) {
            assertThat(stack.realm().users().get(account.getId()).getFederatedIdentity())
                    .as("%s keeps its Okta link", account.getUsername())
                    .extracting(FederatedIdentityRepresentation::getIdentityProvider).containsExactly(team);
        }
        Set<String> admins = adminIds(stack, team);
        assertThat(admins).as("%s has an admin, and only members are admins", team).isNotEmpty();
        assertThat(members).containsAll(admins);
    }

    private static void assertAccountIsWhole(TeamSsoStack stack, Signed signed) {
        Optional<UserRepresentation> found = TestTeam.of(stack, signed.team).account(signed.person.sub());
        assertThat(found).as("acknowledged account of %s in %s", signed.person.sub(), signed.team).get()
                .satisfies(user -> {
                    assertThat(user.getId()).isEqualTo(signed.userId);
                    assertThat(user.getEmail()).isEqualToIgnoringCase(signed.person.email());
                });
    }

    private void signInsResume(TeamSsoStack stack) {
        for (String team : TEAMS) {
            Signed fresh = signIn(stack, team, OktaPerson.named("After", team, "after@" + team + ".example"));
            assertThat(roleOf(stack, team, fresh.userId)).isEqualTo("member");
        }
        Signed returning = acknowledged.peek();
        assertThat(signIn(stack, returning.team, returning.person).userId).isEqualTo(returning.userId);
    }

    private static String roleOf(TeamSsoStack stack, String team, String userId) {
        return adminIds(stack, team).contains(userId) ? "admin" : "member";
    }

    private static Set<String> adminIds(TeamSsoStack stack, String team) {
        OrganizationResource organization = stack.realm().organizations().get(
                stack.provisioner().findOrganization(new TeamId(team)).orElseThrow().getId());
        return organization.groups().group(organization.groups().getGroupByPath("/admin", false).getId())
                .getMembers(0, 10_000, true).stream().map(MemberRepresentation::getId).collect(Collectors.toSet());
    }

    private record Signed(String team, OktaPerson person, String userId, String token) {
    }

    /** The team's admin flips one member between admin and member through the team API, one request at a time. */
    private final class Toggler {

        final String team;
        final Signed admin;
        final Signed member;
        final AtomicInteger acks = new AtomicInteger();
        volatile String lastAcked = "member";
        volatile String inFlight;

        Toggler(String team, Signed admin, Signed member) {
            this.team = team;
            this.admin = admin;
            this.member = member;
        }

        void run(TeamApiClient api) {
            while (running.get()) {
                String wanted = lastAcked.equals("admin") ? "member" : "admin";
                inFlight = wanted;
                TeamApiClient.Answer answer;
                try {
                    answer = api.setRole(admin.token, team, member.userId, wanted);
                } catch (RuntimeException e) {
                    return; // the server is gone mid-request: the change may or may not have been saved
                }
                if (answer.status() != 200) {
                    throw new IllegalStateException("role change answered HTTP " + answer.status() + ": " + answer.body());
                }
                lastAcked = wanted;
                inFlight = null;
                acks.incrementAndGet();
            }
        }
    }
}
