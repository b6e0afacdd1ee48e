package dev.teamsso.testing.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every sign-in path on the cluster, each hop of one browser served by the other node than the
 * hop before: the Team ID form's attempt (an auth-session note), the first-login step, the
 * initiate endpoint's session and the platform's silent sign-in all live in Keycloak's
 * distributed state, so no hop depends on the node that served the previous one.
 */
@ExtendWith(TeamSsoClusterExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterSignInIT {

    private static final String TEAM = "hopco";

    private final KeycloakCluster cluster;
    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;
    private TeamRegistration team;

    ClusterSignInIT(KeycloakCluster cluster) {
        this.cluster = cluster;
        this.stack = cluster.stack();
        this.signIn = new BrokeredSignIn(stack);
    }

    @BeforeAll
    void createTeam() {
        team = stack.createTeam(TEAM, TEAM, "boss@hopco.example");
    }

    @AfterAll
    void removeTeam() {
        TestTeam.of(stack, TEAM).remove();
    }

    @Test
    void corporateSsoThroughTheTeamIdFormWithAlternatingNodes() {
        OktaPerson ann = OktaPerson.named("Ann", "Hop", "ann@hopco.example");

        PlatformClient.Tokens tokens = alternating(browser -> signIn.viaTeamIdForm(browser, TEAM, ann));

        assertThat(tokens.accessToken().getClaims()).containsEntry("team_id", TEAM).containsEntry("team_role", "member")
                .containsEntry("email", "ann@hopco.example");
    }

    @Test
    void kcIdpHintWithAlternatingNodes() {
        OktaPerson ben = OktaPerson.named("Ben", "Hop", "ben@hopco.example");

        PlatformClient.Tokens first = alternating(browser -> signIn.viaIdpHint(browser, TEAM, ben));
        PlatformClient.Tokens again = alternating(browser -> signIn.viaIdpHint(browser, TEAM, ben));

        assertThat(again.accessToken().getSubject()).as("a returning person gets the same account").isEqualTo(first.accessToken().getSubject());
    }

    @Test
    void firstSignInMakesOneJitAccountAndTheAdminEmailMakesAnAdmin() {
        OktaPerson boss = OktaPerson.named("Bo", "Boss", "boss@hopco.example");

        PlatformClient.Tokens tokens = alternating(browser -> signIn.viaIdpHint(browser, TEAM, boss));

        assertThat(tokens.accessToken().getClaims()).containsEntry("team_role", "admin");
        assertThat(TestTeam.of(stack, TEAM).account(boss.sub())).get().satisfies(account -> {
            assertThat(account.getId()).isEqualTo(tokens.accessToken().getSubject());
            assertThat(account.getEmail()).isEqualTo("boss@hopco.example");
            assertThat(stack.realm().users().get(account.getId()).getFederatedIdentity()).singleElement()
                    .satisfies(link -> assertThat(link.getIdentityProvider()).isEqualTo(TEAM));
        });
    }

    @Test
    void theOktaTileAndThePlatformsSilentSignInWithAlternatingNodes() {
        OktaPerson cat = OktaPerson.named("Cat", "Hop", "cat@hopco.example");

        PlatformClient.Tokens tokens = alternating(browser -> signIn.viaOktaTile(browser, team, cat));

        assertThat(tokens.accessToken().getClaims()).containsEntry("team_id", TEAM).containsEntry("email", "cat@hopco.example");
    }

    /** Runs one sign-in in a fresh browser, checks that its hops alternated nodes, and redeems its code. */
    private PlatformClient.Tokens alternating(Function<BrowserlessClient, BrokeredSignIn.Outcome> path) {
        BrowserlessClient browser = new BrowserlessClient();
        BrokeredSignIn.Outcome outcome = path.apply(browser);
        List<String> trail = NodeTrail.of(browser, cluster.balancer().url());
        assertThat(trail).as("hops of this sign-in").hasSizeGreaterThanOrEqualTo(3).containsAll(cluster.nodeNames());
        assertThat(NodeTrail.alternates(trail)).as("no two consecutive hops on one node: %s", trail).isTrue();
        return signIn.tokens(outcome);
    }
}
