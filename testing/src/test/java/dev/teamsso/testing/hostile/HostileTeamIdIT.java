package dev.teamsso.testing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.HtmlForms;
import dev.teamsso.testing.KeycloakServerOptions;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Team ID page under hostile input: every case ends on the Team ID page with a field error
 * (or the generic "unavailable" answer for well-formed unknown IDs), nothing typed is rendered
 * as markup, nobody is sent to an Okta, and the throttle is not bypassed by variants.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTeamIdIT {

    /** Contains a "k": the Kelvin sign (U+212A) lower-cases to it in Java. */
    private static final String TEAM = "kappa";

    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;

    HostileTeamIdIT(TeamSsoStack stack) {
        this.stack = stack;
        this.signIn = new BrokeredSignIn(stack);
    }

    @BeforeAll
    void createTeam() {
        stack.createTeam(TEAM, TEAM, "admin@kappa.example");
    }

    @AfterAll
    void removeTeam() {
        TestTeam.of(stack, TEAM).remove();
    }

    static Stream<String> malformed() {
        return Stream.of(
                "k".repeat(10_000),
                "kappa".repeat(13),
                "\u043A\u0430ppa",                // Cyrillic ka and a
                "\uFF4B\uFF41\uFF50\uFF50\uFF41",  // full-width
                "\u212Appa".replace("ppa", "appa"), // Kelvin sign + "appa": lower-cases to "kappa"
                "KAPPA\u0130",                     // dotted capital I
                "kappa\u200B",                     // zero-width space
                "kap\u00ADpa",                     // soft hyphen
                "kappa\u0000",
                "kappa\r\nSet-Cookie: injected=1",
                "../kappa", "kappa/../admin", "..%2Fkappa", "/realms/master", "kappa?kc_idp_hint=x",
                "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "kappa\" autofocus onfocus=\"alert(1)",
                "javascript:alert(1)", "${7*7}", "#{7*7}", "<#assign x=1>",
                "' OR '1'='1", "kappa'; DROP TABLE USER_ENTITY;--", "kappa\" OR \"\"=\"", "%", "_");
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedInputGetsTheFormatErrorAndNothingIsRendered(String hostile) {
        BrowserlessClient browser = BrowserlessClient.likeABrowser();

        HttpResponse<String> answer = signIn.submitTeamId(browser, signIn.openTeamIdPage(browser), hostile);

        assertTeamIdPage(answer, "Team ID", hostile);
        assertThat(answer.body()).contains("lower-case letters");
        assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("injected"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"select", "drop-table-users", "union-select-1", "admin", "master", "null", "undefined", "script"})
    void wellFormedUnknownIdsGetTheGenericAnswer(String id) {
        BrowserlessClient browser = BrowserlessClient.likeABrowser();

        HttpResponse<String> answer = signIn.submitTeamId(browser, signIn.openTeamIdPage(browser), id);

        assertTeamIdPage(answer, "", id);
        assertThat(answer.body()).doesNotContain("lower-case letters");
    }

    @Test
    void anOversizedFormBodyIsAnsweredWithoutA5xxOrARedirect() {
        BrowserlessClient browser = BrowserlessClient.likeABrowser();
        BrokeredSignIn.LoginPage page = signIn.openTeamIdPage(browser);

        HttpResponse<String> answer = signIn.submitTeamId(browser, page, "kappa" + " ".repeat(2_000_000));

        assertThat(answer.statusCode()).isLessThan(500);
        assertThat(BrowserlessClient.location(answer)).as("never sent to an Okta").isNull();
    }

    /** Only misses are refused in the cool-down: look-alikes never go through, the right ID (any case, spaces) does. */
    @Test
    void variantsOfTheRightIdDoNotSlipThroughTheCoolDown() {
        BrowserlessClient browser = BrowserlessClient.likeABrowser();
        BrokeredSignIn.LoginPage page = signIn.openTeamIdPage(browser);
        HttpResponse<String> last = page.page();
        for (int miss = 0; miss < KeycloakServerOptions.TEST_MISSES_PER_ATTEMPT; miss++) {
            last = signIn.submitTeamId(browser, new BrokeredSignIn.LoginPage(page.authorization(), last), "nosuch" + miss + "-x");
        }

        for (String variant : List.of("\u212Aappa", "<b>kappa</b>", "kappa-", "kappa-x", "k\u0430ppa")) {
            last = signIn.submitTeamId(browser, new BrokeredSignIn.LoginPage(page.authorization(), last), variant);
            assertThat(BrowserlessClient.location(last)).as("'%s' during the cool-down", variant).isNull();
            assertThat(last.statusCode()).isEqualTo(200);
        }
        assertThat(last.body()).doesNotContain("<b>kappa</b>");
        HttpResponse<String> through = signIn.submitTeamId(browser, new BrokeredSignIn.LoginPage(page.authorization(), last), " KAPPA ");
        assertThat(BrowserlessClient.location(through).getPath()).as("the right ID during the cool-down")
                .endsWith("/broker/" + TEAM + "/login");
    }

    /** Still the Team ID page, with an error tied to the field, nothing from the input rendered as markup. */
    private static void assertTeamIdPage(HttpResponse<String> answer, String errorText, String typed) {
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(BrowserlessClient.location(answer)).as("never sent to an Okta").isNull();
        Document page = HtmlForms.parse(answer);
        assertThat(page.select("#kc-team-sso-form")).hasSize(1);
        assertThat(page.select("#team-id-error").text()).contains(errorText).isNotBlank();
        assertThat(page.select("script:containsData(alert)")).isEmpty();
        assertThat(page.select("[onerror], [onfocus], img")).isEmpty();
        assertThat(page.select("#team_id").attr("value").length()).isLessThanOrEqualTo(256);
        assertThat(answer.body()).doesNotContain("<script>alert", "<img src=x", "<#assign", "value=\"49\"");
        assertThat(answer.body().length()).isLessThan(50_000 + Math.min(typed.length(), 2_000));
    }
}
