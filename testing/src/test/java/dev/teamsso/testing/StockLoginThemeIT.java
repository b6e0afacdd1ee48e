package dev.teamsso.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.cli.TeamRegistration;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * The extension's pages and texts come from the providers jar ({@code theme-resources/}), so
 * Corporate SSO works when the realm's login theme is Keycloak's own {@code keycloak.v2} (or any
 * theme built on it) rather than ours. Keycloak's login page has no Corporate SSO button: a
 * theme that wants one posts {@code team_sso_action=start} from it, as this test does.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StockLoginThemeIT {

    private static final String TEAM = "sirius";
    private static final String STOCK_THEME = "keycloak.v2";

    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;
    private String ourTheme;
    private TeamRegistration team;

    StockLoginThemeIT(TeamSsoStack stack) {
        this.stack = stack;
        this.signIn = new BrokeredSignIn(stack);
    }

    @BeforeAll
    void useKeycloaksOwnLoginTheme() {
        team = stack.createTeam(TEAM, TEAM, "marvin@sirius.example");
        ourTheme = setLoginTheme(STOCK_THEME);
    }

    @AfterAll
    void restoreOurLoginTheme() {
        setLoginTheme(ourTheme);
        TestTeam.of(stack, TEAM).remove();
    }

    @Test
    void corporateSsoSignsInThroughTheTeamIdPageAndTheTeamsOkta() {
        BrowserlessClient browser = new BrowserlessClient();
        BrokeredSignIn.LoginPage teamIdPage = openTeamIdPage(browser, Map.of());
        Document page = HtmlForms.parse(teamIdPage.page());
        assertThat(page.select("#kc-page-title").text()).isEqualTo("Sign in with Corporate SSO");
        assertThat(page.select("label[for=team_id]").text()).isEqualTo("Team ID");
        assertThat(page.select("#team-sso-submit").text()).isEqualTo("SSO Login");
        assertThat(teamIdPage.page().body()).as("no raw message keys").doesNotContain("teamSso");

        BrokeredSignIn.Outcome outcome = signIn.viaTeamIdPage(browser, teamIdPage, TEAM,
                OktaPerson.named("Arthur", "Dent", "arthur@sirius.example"));

        assertThat(signIn.tokens(outcome).accessToken().getClaims()).containsEntry("team_id", TEAM);
    }

    @Test
    void theTeamIdPageAndTheErrorsJavaSetsSpeakGerman() {
        BrowserlessClient browser = new BrowserlessClient();
        BrokeredSignIn.LoginPage teamIdPage = openTeamIdPage(browser, Map.of("ui_locales", "de"));
        assertThat(HtmlForms.parse(teamIdPage.page()).select("#kc-page-title").text()).isEqualTo("Mit Firmen-SSO anmelden");

        HttpResponse<String> miss = signIn.submitTeamId(browser, teamIdPage, "sirius-none");

        assertThat(HtmlForms.parse(miss).select("#team-id-error").text()).startsWith("Mit dieser Team-ID konnte keine Anmeldung");
        assertThat(miss.body()).doesNotContain("teamSso");
    }

    @Test
    void theOneClickPageOfATileFromElsewhereRendersOurTexts() {
        HttpResponse<String> page = new BrowserlessClient().get(signIn.initiateUri(TEAM, Map.of("iss", team.issuer())));

        Document document = HtmlForms.parse(page);
        assertThat(document.select("#team-sso-initiate-intro").text()).startsWith("You are about to sign in to team " + TEAM);
        assertThat(document.select("form#kc-team-sso-initiate button").text()).isEqualTo("Continue to Okta");
        assertThat(page.body()).doesNotContain("teamSso");
    }

    /** Keycloak's own login page (no button of ours), then the Team ID page as a theme's button would open it. */
    private BrokeredSignIn.LoginPage openTeamIdPage(BrowserlessClient browser, Map<String, String> parameters) {
        BrokeredSignIn.LoginPage loginPage = signIn.openLoginPage(browser, parameters);
        HttpResponse<String> login = loginPage.page();
        assertThat(HtmlForms.parse(login).select("#kc-form-login")).as("Keycloak's login form").hasSize(1);
        assertThat(login.body()).as("served by keycloak.v2, not by our theme").doesNotContain("team-sso-button", "team-sso.css");
        return new BrokeredSignIn.LoginPage(loginPage.authorization(),
                HtmlForms.submit(browser, login, "#kc-form-login", Map.of("team_sso_action", "start")));
    }

    private String setLoginTheme(String theme) {
        RealmRepresentation realm = stack.realm().toRepresentation();
        String before = realm.getLoginTheme();
        realm.setLoginTheme(theme);
        stack.realm().update(realm);
        return before;
    }
}
