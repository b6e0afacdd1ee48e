package dev.teamsso.testing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.HtmlForms;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.OktaStandIn;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Login CSRF through the initiate endpoint: an attacker's link to
 * {@code /teams/<attacker's team>/initiate?iss=<attacker's Okta>} must never swap a signed-in
 * person into the attacker's account, and a signed-out browser signs in without a click only
 * when the request comes from the team's own Okta ({@code Referer} on the issuer's origin).
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InitiateLoginCsrfIT {

    private static final String VICTIMS_TEAM = "wayne";
    private static final String ATTACKERS_TEAM = "joker";

    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;
    private TeamRegistration wayne;
    private TeamRegistration joker;

    InitiateLoginCsrfIT(TeamSsoStack stack) {
        this.stack = stack;
        this.signIn = new BrokeredSignIn(stack);
    }

    @BeforeAll
    void createTeams() {
        wayne = stack.createTeam(VICTIMS_TEAM, VICTIMS_TEAM, "bruce@wayne.example");
        joker = stack.createTeam(ATTACKERS_TEAM, ATTACKERS_TEAM, "joker@joker.example");
    }

    @AfterAll
    void removeTeams() {
        TestTeam.of(stack, VICTIMS_TEAM).remove();
        TestTeam.of(stack, ATTACKERS_TEAM).remove();
    }

    /**
     * The attacker's Okta signs anyone in without asking (here: the attacker's person is posted
     * at the stand-in), and the link even carries a {@code Referer} from the attacker's own Okta.
     */
    @Test
    void aSignedInPersonFollowingTheAttackersInitiateLinkIsNotSwitched() {
        BrowserlessClient victim = new BrowserlessClient();
        PlatformClient.Tokens before = signIn.tokens(signIn.viaIdpHint(victim, VICTIMS_TEAM,
                OktaPerson.named("Bruce", "Wayne", "bruce@wayne.example")));
        assertThat(before.accessToken().getClaim("team_id")).isEqualTo(VICTIMS_TEAM);

        HttpResponse<String> attackersOkta = victim.followRedirects(
                victim.get(signIn.initiateUri(ATTACKERS_TEAM, Map.of("iss", joker.issuer())),
                        BrokeredSignIn.oktaDashboardReferer(joker.issuer())), uri -> false);
        assertThat(attackersOkta.uri().toString()).startsWith(joker.issuer() + "/authorize");
        HttpResponse<String> end = victim.followRedirects(victim.postForm(attackersOkta.uri(),
                OktaStandIn.signInForm(OktaPerson.named("The", "Joker", "joker@joker.example"))),
                uri -> uri.toString().startsWith(TeamSsoStack.DASHBOARD_URL));

        assertThat(BrowserlessClient.location(end)).as("never sent on to the platform signed in as the attacker").isNull();
        assertThat(end.statusCode()).isEqualTo(400);
        assertThat(HtmlForms.parse(end).text()).contains("already authenticated as different user");
        PlatformClient.Tokens after = signIn.tokens(signIn.silently(victim));
        assertThat(after.accessToken().getSubject()).as("still the victim").isEqualTo(before.accessToken().getSubject());
        assertThat(after.accessToken().getClaim("team_id")).isEqualTo(VICTIMS_TEAM);
    }

    @Test
    void aSignedOutBrowserComingFromTheTeamsOktaGoesStraightToOkta() {
        BrowserlessClient browser = new BrowserlessClient();

        HttpResponse<String> answer = browser.get(signIn.initiateUri(VICTIMS_TEAM, Map.of("iss", wayne.issuer())),
                BrokeredSignIn.oktaDashboardReferer(wayne.issuer()) + "app/UserHome");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(BrowserlessClient.location(answer).getPath()).endsWith("/broker/" + VICTIMS_TEAM + "/login");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "https://evil.example/", "http://localhost:1/", "null"})
    void withoutARefererFromTheTeamsOktaOneClickOnAPageNamingTheTeamComesFirst(String referer) {
        BrowserlessClient browser = new BrowserlessClient();
        URI link = signIn.initiateUri(VICTIMS_TEAM, Map.of("iss", wayne.issuer()));

        HttpResponse<String> page = referer.isEmpty() ? browser.get(link) : browser.get(link, referer);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(BrowserlessClient.location(page)).isNull();
        Document document = HtmlForms.parse(page);
        assertThat(document.select("#team-sso-initiate-intro").text())
                .isEqualTo("You are about to sign in to team " + VICTIMS_TEAM + " with its Okta at " + URI.create(wayne.issuer()).getHost() + ".");
        Element form = document.selectFirst("form#kc-team-sso-initiate");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.absUrl("action")).contains("/broker/" + VICTIMS_TEAM + "/login?", "session_code=");
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("KEYCLOAK_IDENTITY="));
    }

    @Test
    void theOneClickLeadsThroughOktaToThePlatformSignedIn() {
        BrowserlessClient browser = new BrowserlessClient();
        HttpResponse<String> page = browser.get(signIn.initiateUri(VICTIMS_TEAM, Map.of("iss", wayne.issuer())));

        HttpResponse<String> okta = browser.followRedirects(HtmlForms.submit(browser, page, "#kc-team-sso-initiate", Map.of()), uri -> false);
        assertThat(okta.uri().toString()).startsWith(wayne.issuer() + "/authorize");
        HttpResponse<String> landing = browser.followRedirects(browser.postForm(okta.uri(),
                OktaStandIn.signInForm(OktaPerson.named("Alfred", "Pennyworth", "alfred@wayne.example"))),
                uri -> uri.toString().startsWith(TeamSsoStack.DASHBOARD_URL));

        assertThat(BrowserlessClient.location(landing).toString()).startsWith(TeamSsoStack.DASHBOARD_URL);
        PlatformClient.Tokens tokens = signIn.tokens(signIn.silently(browser));
        assertThat(tokens.accessToken().getClaim("email")).isEqualTo("alfred@wayne.example");
    }

    /** The attacker fetches a one-click page and makes the victim's browser post its button: refused. */
    @Test
    void theOneClickCannotBePostedFromAnotherBrowser() {
        BrowserlessClient attacker = new BrowserlessClient();
        HttpResponse<String> attackersPage = attacker.get(signIn.initiateUri(ATTACKERS_TEAM, Map.of("iss", joker.issuer())));
        URI button = URI.create(HtmlForms.parse(attackersPage).selectFirst("form#kc-team-sso-initiate").absUrl("action"));

        BrowserlessClient victim = new BrowserlessClient();
        HttpResponse<String> answer = victim.followRedirects(victim.postForm(button, Map.of(), "https://evil.example/"), uri -> false);

        assertThat(answer.uri().toString()).as("never sent to the attacker's Okta").doesNotStartWith(joker.issuer());
        assertThat(answer.statusCode()).isGreaterThanOrEqualTo(400);
    }
}
