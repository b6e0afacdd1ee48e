package dev.teamsso.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.IdentityProviderRepresentation;

/** Corporate SSO from the platform's login page: the button, the Team ID page, deep links. */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorporateSsoIT {

    private static final String TEAM = "stark";
    private static final String DISABLED_TEAM = "stark-old";

    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;

    CorporateSsoIT(TeamSsoStack stack) {
        this.stack = stack;
        this.signIn = new BrokeredSignIn(stack);
    }

    @BeforeAll
    void createTeams() {
        stack.createTeam(TEAM, TEAM, "tony@stark.example");
        TestTeam.create(stack, DISABLED_TEAM, TEAM, "howard@stark.example").disableOrganization();
    }

    @AfterAll
    void removeTeams() {
        TestTeam.of(stack, TEAM).remove();
        TestTeam.of(stack, DISABLED_TEAM).remove();
    }

    @Test
    void loginPageOffersCorporateSsoAndNeverListsTeams() {
        HttpResponse<String> login = signIn.openLoginPage(new BrowserlessClient(), Map.of()).page();

        assertThat(login.statusCode()).isEqualTo(200);
        Document page = HtmlForms.parse(login);
        assertThat(page.select("#kc-form-login input[name=username]")).hasSize(1);
        assertThat(page.select("#team-sso-button").text()).isEqualTo("Corporate SSO");
        assertThat(login.body()).doesNotContain("/broker/", TEAM, "kc-social-providers", "social-");
    }

    @Test
    void teamIdPageHasALabelledFieldHelpAndAWayBack() {
        HttpResponse<String> teamIdPage = signIn.openTeamIdPage(new BrowserlessClient()).page();

        Document page = HtmlForms.parse(teamIdPage);
        Element input = page.selectFirst("input#team_id");
        assertThat(input).isNotNull();
        assertThat(page.select("label[for=team_id]").text()).isEqualTo("Team ID");
        assertThat(input.attr("aria-describedby")).contains("team-id-help");
        assertThat(page.select("#team-id-help").text()).isEqualTo("Your Okta subdomain, e.g. acme, or acme-eng");
        assertThat(page.select("#team-sso-submit").text()).isEqualTo("SSO Login");
        assertThat(page.select("#kc-team-sso-back button").text()).isEqualTo("Back to sign-in");
        assertThat(page.select("form#kc-team-sso-form").attr("method")).as("a plain form: no JavaScript needed").isEqualTo("post");
        assertThat(page.select("#team-sso-submit").attr("type")).isEqualTo("submit");
    }

    @Test
    void theWayBackReturnsToThePasswordForm() {
        BrowserlessClient browser = new BrowserlessClient();
        HttpResponse<String> teamIdPage = signIn.openTeamIdPage(browser).page();

        HttpResponse<String> back = HtmlForms.submit(browser, teamIdPage, "#kc-team-sso-back", Map.of());

        assertThat(HtmlForms.parse(back).select("#kc-form-login input[name=password]")).hasSize(1);
    }

    @Test
    void aTeamIdTypedInAnyCaseWithSpacesSignsInThroughTheTeamsOkta() {
        BrowserlessClient browser = new BrowserlessClient();
        OktaPerson pepper = OktaPerson.named("Pepper", "Potts", "pepper@stark.example");

        PlatformClient.Tokens tokens = signIn.tokens(signIn.viaTeamIdForm(browser, "  StArK ", pepper));

        assertThat(tokens.accessToken().getClaims()).containsEntry("team_id", TEAM).containsEntry("email", "pepper@stark.example");
    }

    @Test
    void aMalformedTeamIdGetsAFieldErrorThatExplainsTheFormat() {
        BrowserlessClient browser = new BrowserlessClient();
        BrokeredSignIn.LoginPage teamIdPage = signIn.openTeamIdPage(browser);

        HttpResponse<String> answer = signIn.submitTeamId(browser, teamIdPage, "Stark_Industries!");

        assertThat(answer.statusCode()).isEqualTo(200);
        Document page = HtmlForms.parse(answer);
        assertThat(page.select("#team-id-error").text()).contains("lower-case letters, digits and single dashes");
        assertThat(page.select("#team-id-error-container").attr("role")).isEqualTo("alert");
        assertThat(page.selectFirst("input#team_id").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("input#team_id").attr("aria-describedby")).contains("team-id-error");
    }

    @Test
    void unknownAndDisabledTeamsGetTheSameStatusAndPage() {
        HttpResponse<String> unknown = lookUp("stark-nonexistent");
        HttpResponse<String> disabled = lookUp(DISABLED_TEAM);

        assertThat(unknown.statusCode()).isEqualTo(200).isEqualTo(disabled.statusCode());
        assertThat(errorText(unknown)).isEqualTo(errorText(disabled))
                .isEqualTo("We could not start single sign-on with this Team ID. Check it with your company's administrator.");
        assertThat(comparable(unknown.body(), "stark-nonexistent")).isEqualTo(comparable(disabled.body(), DISABLED_TEAM));
        assertThat(BrowserlessClient.location(unknown)).isNull();
        assertThat(BrowserlessClient.location(disabled)).isNull();
    }

    @Test
    void aDisabledIdentityProviderIsTreatedLikeAnUnknownTeam() {
        IdentityProviderRepresentation idp = stack.realm().identityProviders().get(TEAM).toRepresentation();
        idp.setEnabled(false);
        stack.realm().identityProviders().get(TEAM).update(idp);
        try {
            assertThat(errorText(lookUp(TEAM))).isEqualTo(errorText(lookUp("stark-nonexistent")));
        } finally {
            idp.setEnabled(true);
            stack.realm().identityProviders().get(TEAM).update(idp);
        }
    }

    @Test
    void kcIdpHintGoesStraightToTheTeamsOkta() {
        PlatformClient.Authorization authorization = signIn.platform().start(Map.of("kc_idp_hint", TEAM));
        BrowserlessClient browser = new BrowserlessClient();

        HttpResponse<String> page = browser.followRedirects(browser.get(authorization.uri()), uri -> false);

        assertThat(page.uri().toString()).startsWith(stack.okta().issuer(TEAM) + "/authorize");
        Map<String, String> query = QueryString.parse(page.uri().getRawQuery());
        assertThat(query).containsKeys("state", "nonce", "code_challenge").containsEntry("code_challenge_method", "S256");
    }

    @Test
    void anUnknownKcIdpHintShowsTheTeamIdPageWithTheGenericError() {
        PlatformClient.Authorization authorization = signIn.platform().start(Map.of("kc_idp_hint", "stark-nobody"));
        BrowserlessClient browser = new BrowserlessClient();

        HttpResponse<String> page = browser.followRedirects(browser.get(authorization.uri()), uri -> false);

        assertThat(page.uri().toString()).startsWith(stack.keycloak().baseUrl());
        assertThat(errorText(page)).isEqualTo(errorText(lookUp("stark-nonexistent")));
    }

    @Test
    void theLastTeamIdIsRememberedInAnHttpOnlyLaxCookieAndPrefilled() {
        BrowserlessClient browser = new BrowserlessClient();
        BrokeredSignIn.LoginPage teamIdPage = signIn.openTeamIdPage(browser);

        HttpResponse<String> redirect = signIn.submitTeamId(browser, teamIdPage, TEAM);

        assertThat(redirect.statusCode()).isEqualTo(303);
        String setCookie = redirect.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("TEAM_SSO_LAST_TEAM=")).findFirst().orElseThrow();
        assertThat(setCookie).startsWith("TEAM_SSO_LAST_TEAM=" + TEAM + ";").contains("HttpOnly", "SameSite=Lax", "Path=/realms/deepinfra/");
        HttpResponse<String> next = signIn.openTeamIdPage(browser).page();
        assertThat(HtmlForms.parse(next).selectFirst("input#team_id").val()).isEqualTo(TEAM);
    }

    /** The test server allows {@value KeycloakServerOptions#TEST_MISSES_PER_ATTEMPT} misses per attempt (option set on start). */
    @Test
    void aCorrectTeamIdAfterTypoesStillWorksThenTheAttemptCoolsDown() {
        int limit = KeycloakServerOptions.TEST_MISSES_PER_ATTEMPT;
        BrowserlessClient browser = new BrowserlessClient();
        BrokeredSignIn.LoginPage teamIdPage = signIn.openTeamIdPage(browser);
        HttpResponse<String> answer = teamIdPage.page();
        for (int typo = 0; typo < limit - 1; typo++) {
            answer = signIn.submitTeamId(browser, new BrokeredSignIn.LoginPage(teamIdPage.authorization(), answer), "starc" + typo);
        }
        assertThat(signIn.submitTeamId(browser, new BrokeredSignIn.LoginPage(teamIdPage.authorization(), answer), TEAM).statusCode())
                .as("typos up to the limit, then the right Team ID").isEqualTo(303);

        BrowserlessClient prober = new BrowserlessClient();
        BrokeredSignIn.LoginPage probe = signIn.openTeamIdPage(prober);
        HttpResponse<String> page = probe.page();
        for (int miss = 0; miss < limit; miss++) {
            page = signIn.submitTeamId(prober, new BrokeredSignIn.LoginPage(probe.authorization(), page), "probe" + miss);
        }
        HttpResponse<String> blocked = signIn.submitTeamId(prober, new BrokeredSignIn.LoginPage(probe.authorization(), page), "probe-more");
        assertThat(blocked.statusCode()).isEqualTo(200);
        assertThat(errorText(blocked)).startsWith("Too many attempts");
        assertThat(signIn.submitTeamId(prober, new BrokeredSignIn.LoginPage(probe.authorization(), blocked), TEAM).statusCode())
                .as("only misses are refused: the right Team ID still goes through").isEqualTo(303);
    }

    @Test
    void oneClientAddressCoolsDownAcrossSignInAttempts() {
        BrowserlessClient prober = new BrowserlessClient();
        for (int attempt = 0; attempt < 5; attempt++) {
            BrokeredSignIn.LoginPage probe = signIn.openTeamIdPage(prober);
            HttpResponse<String> page = probe.page();
            for (int miss = 0; miss < 4; miss++) {
                page = signIn.submitTeamId(prober, new BrokeredSignIn.LoginPage(probe.authorization(), page), "addr" + attempt + "x" + miss);
            }
        }

        BrokeredSignIn.LoginPage fresh = signIn.openTeamIdPage(prober);
        assertThat(errorText(signIn.submitTeamId(prober, fresh, "addr-more"))).startsWith("Too many attempts");
        assertThat(signIn.submitTeamId(prober, signIn.openTeamIdPage(prober), TEAM).statusCode())
                .as("only misses are refused: the right Team ID still goes through").isEqualTo(303);
        BrowserlessClient someoneElse = new BrowserlessClient();
        BrokeredSignIn.LoginPage elsewhere = signIn.openTeamIdPage(someoneElse);
        assertThat(errorText(signIn.submitTeamId(someoneElse, elsewhere, "addr-other")))
                .as("another address is not affected").startsWith("We could not start single sign-on");
    }

    @Test
    void theTeamIdPageSpeaksGerman() {
        HttpResponse<String> login = signIn.openLoginPage(new BrowserlessClient(), Map.of("ui_locales", "de")).page();

        assertThat(HtmlForms.parse(login).select("#team-sso-button").text()).isEqualTo("Firmen-SSO");
    }

    private HttpResponse<String> lookUp(String teamId) {
        BrowserlessClient browser = new BrowserlessClient();
        return signIn.submitTeamId(browser, signIn.openTeamIdPage(browser), teamId);
    }

    private static String errorText(HttpResponse<String> page) {
        Element error = HtmlForms.parse(page).selectFirst("#team-id-error");
        return error == null ? "(no error shown)" : error.text();
    }

    /** The page with what legitimately differs (session codes, tab IDs, the echoed input) blanked out. */
    private static String comparable(String body, String typed) {
        return body.replace(typed, "TYPED")
                .replaceAll("(session_code|execution|tab_id|client_data|kc_locale)=[^&\"']*", "$1=X")
                .replaceAll("nonce=\"[^\"]*\"", "nonce=X");
    }
}
