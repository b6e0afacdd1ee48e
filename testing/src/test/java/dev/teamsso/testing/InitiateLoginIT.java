package dev.teamsso.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.cli.TeamRegistration;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Okta-initiated sign-in: the tile in the team's Okta dashboard calls the team's initiate URI. */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InitiateLoginIT {

    private static final String TEAM = "oscorp";
    private static final String DISABLED_TEAM = "oscorp-labs";
    private static final String DASHBOARD = TeamSsoStack.DASHBOARD_URL;

    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;
    private TeamRegistration team;
    private String issuer;

    InitiateLoginIT(TeamSsoStack stack) {
        this.stack = stack;
        this.signIn = new BrokeredSignIn(stack);
    }

    @BeforeAll
    void createTeams() {
        team = stack.createTeam(TEAM, TEAM, "norman@oscorp.example");
        issuer = team.issuer();
        TestTeam.create(stack, DISABLED_TEAM, TEAM, "otto@oscorp.example").disableOrganization();
    }

    @AfterAll
    void removeTeams() {
        TestTeam.of(stack, TEAM).remove();
        TestTeam.of(stack, DISABLED_TEAM).remove();
    }

    @Test
    void theTileClickSignsInThroughOktaLandsOnThePlatformAndItsOwnSignInIsSilent() {
        BrowserlessClient browser = new BrowserlessClient();
        OktaPerson harry = OktaPerson.named("Harry", "Osborn", "harry@oscorp.example");

        HttpResponse<String> landing = tileClick(browser, harry, Map.of("target_link_uri", DASHBOARD));

        URI landed = BrowserlessClient.location(landing);
        assertThat(landed.toString()).startsWith(DASHBOARD);
        assertThat(QueryString.parse(landed.getRawQuery())).doesNotContainKeys("code", "id_token", "access_token");

        PlatformClient.Authorization platformSignIn = signIn.platform().start(Map.of());
        HttpResponse<String> silent = browser.followRedirects(browser.get(platformSignIn.uri()), uri -> uri.toString().startsWith(DASHBOARD));
        URI callback = BrowserlessClient.location(silent);
        assertThat(callback).as("no prompt: straight back to the platform").isNotNull();
        PlatformClient.Tokens tokens = signIn.platform().finish(platformSignIn, callback);
        assertThat(tokens.accessToken().getClaims())
                .containsEntry("team_id", TEAM)
                .containsEntry("email", "harry@oscorp.example");
        assertThat(tokens.idToken().getClaim("nonce")).isEqualTo(platformSignIn.nonce().getValue());
    }

    @Test
    void aPersonWithASessionForTheTeamIsNotSentThroughOktaAgain() {
        BrowserlessClient browser = new BrowserlessClient();
        tileClick(browser, OktaPerson.named("Liz", "Allan", "liz@oscorp.example"), Map.of());

        HttpResponse<String> again = browser.get(initiate(Map.of("iss", issuer)));

        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(BrowserlessClient.location(again).toString()).isEqualTo(DASHBOARD);
        assertThat(again.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(again.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void theLoginHintIsForwardedToOkta() {
        BrowserlessClient browser = new BrowserlessClient();

        HttpResponse<String> okta = browser.followRedirects(
                browser.get(initiate(Map.of("iss", issuer, "login_hint", "mj@oscorp.example")), fromOkta()), uri -> false);

        assertThat(okta.uri().toString()).startsWith(issuer + "/authorize");
        assertThat(QueryString.parse(okta.uri().getRawQuery())).containsEntry("login_hint", "mj@oscorp.example")
                .containsEntry("code_challenge_method", "S256").containsKeys("state", "nonce");
    }

    @Test
    void theSameParametersWorkAsAFormPost() {
        BrowserlessClient browser = new BrowserlessClient();

        HttpResponse<String> answer = browser.postForm(initiate(Map.of()), Map.of("iss", issuer), fromOkta());

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(BrowserlessClient.location(answer).getPath()).endsWith("/broker/" + TEAM + "/login");
    }

    @Test
    void aWrongIssuerAnUnknownTeamAndADisabledTeamGetTheSameRefusal() {
        HttpResponse<String> wrongIssuer = new BrowserlessClient().get(initiate(Map.of("iss", issuer + "/")));
        HttpResponse<String> unknown = new BrowserlessClient().get(initiate("oscorp-none", Map.of("iss", issuer)));
        HttpResponse<String> disabled = new BrowserlessClient().get(initiate(DISABLED_TEAM, Map.of("iss", issuer)));

        for (HttpResponse<String> refusal : new HttpResponse[] {wrongIssuer, unknown, disabled}) {
            assertThat(refusal.statusCode()).isEqualTo(400);
            assertThat(BrowserlessClient.location(refusal)).isNull();
            assertThat(HtmlForms.parse(refusal).text()).contains("This sign-in link cannot be used.");
            assertThat(refusal.headers().firstValue("X-Frame-Options")).isPresent();
        }
        assertThat(comparable(unknown)).isEqualTo(comparable(disabled)).isEqualTo(comparable(wrongIssuer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id_token", "code", "access_token"})
    void credentialsAreNeverAcceptedByQueryOrForm(String credential) {
        HttpResponse<String> query = new BrowserlessClient().get(initiate(Map.of("iss", issuer, credential, "eyJhbGciOiJub25lIn0.e30.")));
        HttpResponse<String> form = new BrowserlessClient().postForm(initiate(Map.of()), Map.of("iss", issuer, credential, "x"));

        assertThat(query.statusCode()).isEqualTo(400);
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(BrowserlessClient.location(form)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://evil.example/",
        "//evil.example/",
        "javascript:alert(1)",
        "http://localhost:8081@evil.example/",
        "http://localhost:8081/callback/../../evil",
        "http://localhost:8081/%2e%2e/evil",
        "http%3A%2F%2Flocalhost%3A8081%2F",
        "HTTP://LOCALHOST:8081/",
        "http://localhost:8081/callback?code=x",
        "http://localhost:80811/",
        "http://localhost:8081/\\evil.example"
    })
    void aHostileTargetLinkUriLandsOnTheClientsBaseUrlInstead(String hostile) {
        BrowserlessClient browser = new BrowserlessClient();
        tileClick(browser, OktaPerson.named("Max", "Dillon", "max@oscorp.example"), Map.of());

        HttpResponse<String> answer = browser.get(initiate(Map.of("iss", issuer, "target_link_uri", hostile)));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(BrowserlessClient.location(answer).toString()).isEqualTo(DASHBOARD);
    }

    @Test
    void aRegisteredRedirectUriIsAcceptedAsTarget() {
        BrowserlessClient browser = new BrowserlessClient();
        tileClick(browser, OktaPerson.named("Felicia", "Hardy", "felicia@oscorp.example"), Map.of());

        HttpResponse<String> answer = browser.get(initiate(Map.of("iss", issuer, "target_link_uri", TeamSsoStack.DASHBOARD_REDIRECT_URI)));

        assertThat(BrowserlessClient.location(answer).toString()).isEqualTo(TeamSsoStack.DASHBOARD_REDIRECT_URI);
    }

    /** The page with the per-response state checker blanked out. */
    private static String comparable(HttpResponse<String> page) {
        return page.body().replaceAll("kc_state_checker=[^&\"]*", "kc_state_checker=X");
    }


    /** The {@code Referer} of a click in the team's Okta dashboard. */
    private String fromOkta() {
        return BrokeredSignIn.oktaDashboardReferer(issuer);
    }

    private HttpResponse<String> tileClick(BrowserlessClient browser, OktaPerson person, Map<String, String> extra) {
        return signIn.oktaTile(browser, team, person, extra);
    }

    private URI initiate(Map<String, String> parameters) {
        return signIn.initiateUri(TEAM, parameters);
    }

    private URI initiate(String teamId, Map<String, String> parameters) {
        return signIn.initiateUri(teamId, parameters);
    }
}
