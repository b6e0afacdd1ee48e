package dev.teamsso.testing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.OktaStandIn;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Keycloak saves a first sign-in in two requests: the first-login flow creates the account (and
 * its team membership and role), and the next request, {@code after-first-broker-login}, adds
 * the Okta link. A browser closed between the two, or a server crash there (found by
 * CrashH2IT), leaves an account without its link. Its person must still get in, to the same
 * account, and nothing else may be linked that way.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterruptedFirstSignInIT {

    private static final String TEAM = "xi";

    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;

    InterruptedFirstSignInIT(TeamSsoStack stack) {
        this.stack = stack;
        this.signIn = new BrokeredSignIn(stack);
    }

    @BeforeAll
    void createTeam() {
        stack.createTeam(TEAM, TEAM, "boss@xi.example");
    }

    @AfterAll
    void removeTeam() {
        TestTeam.of(stack, TEAM).remove();
    }

    @Test
    void aFirstSignInAbandonedBeforeTheLinkIsSavedCanBeCompletedLater() {
        OktaPerson boss = OktaPerson.named("Bo", "Boss", "boss@xi.example");
        UserRepresentation orphan = abandonBeforeTheLink(boss);
        assertThat(stack.realm().users().get(orphan.getId()).getFederatedIdentity()).isEmpty();

        PlatformClient.Tokens tokens = signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), TEAM, boss));

        assertThat(tokens.accessToken().getSubject()).isEqualTo(orphan.getId());
        assertThat(tokens.accessToken().getClaim("team_role")).as("the role granted at the first sign-in stays").isEqualTo("admin");
        assertThat(stack.realm().users().get(orphan.getId()).getFederatedIdentity())
                .singleElement().satisfies(link -> assertThat(link.getIdentityProvider()).isEqualTo(TEAM));
        assertThat(accounts(boss)).hasSize(1);
    }

    @Test
    void anAccountWithTheTeamsNameButNotMadeByTheTeamIsStillNeverLinked() {
        OktaPerson mallory = OktaPerson.named("Mallory", "Local", "mallory@xi.example");
        UserRepresentation local = new UserRepresentation();
        local.setUsername(TestTeam.of(stack, TEAM).username(mallory.sub()));
        local.setEnabled(true);
        stack.realm().users().create(local).close();
        String localId = accounts(mallory).get(0).getId();
        stack.realm().organizations().get(stack.provisioner().findOrganization(new TeamId(TEAM)).orElseThrow().getId())
                .members().addMember(localId).close();

        BrokeredSignIn.Outcome outcome = signIn.viaIdpHint(new BrowserlessClient(), TEAM, mallory);

        assertThat(outcome.callback()).isNull();
        assertThat(outcome.last().statusCode()).isEqualTo(403);
        assertThat(stack.realm().users().get(localId).getFederatedIdentity()).isEmpty();
    }

    @Test
    void aSubjectThatDiffersOnlyInCaseNeverCompletesSomeoneElsesFirstSignIn() {
        OktaPerson ann = new OktaPerson("00uAnnCase" + OktaPerson.newOktaUserId().substring(3, 13), "ann@xi.example",
                true, "Ann", "Case");
        OktaPerson twin = new OktaPerson(ann.sub().toLowerCase(Locale.ROOT), "twin@xi.example", true, "Twin", "Lower");
        UserRepresentation orphan = abandonBeforeTheLink(ann);

        String twinAccount = signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), TEAM, twin)).accessToken().getSubject();

        assertThat(twinAccount).as("the lower-case subject gets an account of its own").isNotEqualTo(orphan.getId());
        assertThat(stack.realm().users().get(orphan.getId()).getFederatedIdentity()).isEmpty();
        assertThat(signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), TEAM, ann)).accessToken().getSubject())
                .as("Ann still completes her own first sign-in").isEqualTo(orphan.getId());
        assertThat(stack.realm().users().get(orphan.getId()).getFederatedIdentity())
                .singleElement().satisfies(link -> assertThat(link.getUserId()).isEqualTo(ann.sub()));
    }

    /** Signs in until Keycloak redirects to after-first-broker-login, then closes the browser. */
    private UserRepresentation abandonBeforeTheLink(OktaPerson person) {
        BrowserlessClient browser = new BrowserlessClient();
        PlatformClient.Authorization authorization = signIn.platform().start(Map.of("kc_idp_hint", TEAM));
        HttpResponse<String> okta = browser.followRedirects(browser.get(authorization.uri()), uri -> false);
        HttpResponse<String> back = browser.postForm(okta.uri(), OktaStandIn.signInForm(person));
        HttpResponse<String> stopped = browser.followRedirects(back, InterruptedFirstSignInIT::isAfterFirstBrokerLogin);
        URI next = BrowserlessClient.location(stopped);
        assertThat(next).as("Keycloak asks for after-first-broker-login").isNotNull();
        assertThat(isAfterFirstBrokerLogin(next)).isTrue();
        return accounts(person).get(0);
    }

    private List<UserRepresentation> accounts(OktaPerson person) {
        return stack.realm().users().search(TestTeam.of(stack, TEAM).username(person.sub()), true);
    }

    private static boolean isAfterFirstBrokerLogin(URI uri) {
        return uri.getPath().endsWith("/after-first-broker-login");
    }
}
