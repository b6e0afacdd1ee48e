package dev.teamsso.testing.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.HtmlForms;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.OktaStandIn;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's Team page, Billing entry and role toggle, driven without a browser: what an
 * admin and a member see and may do, and that the toggle's form needs its CSRF token.
 */
@ExtendWith(TeamSsoExtension.class)
class DashboardTeamIT {

    private static final String TEAM = "pied-piper";

    private final TeamSsoStack stack;
    private DashboardWithTeam dashboard;
    private final OktaPerson richard = OktaPerson.named("Richard", "Hendricks", "richard@piedpiper.example");
    private final OktaPerson dinesh = OktaPerson.named("Dinesh", "Chugtai", "dinesh@piedpiper.example");

    DashboardTeamIT(TeamSsoStack stack) {
        this.stack = stack;
    }

    @BeforeEach
    void start() {
        dashboard = DashboardWithTeam.start(stack, TEAM, "richard@piedpiper.example");
    }

    @AfterEach
    void stop() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @Test
    void anAdminSeesTogglesAndBillingAndPromotesAMember() {
        BrowserlessClient admin = signedIn(richard);
        BrowserlessClient member = signedIn(dinesh);

        assertThat(page(admin, "/").select("#billing-link")).isNotEmpty();
        HttpResponse<String> team = admin.get(dashboard.home().resolve("/team"));
        Document page = HtmlForms.parse(team);
        assertThat(page.select("#my-role").text()).isEqualTo("admin");
        assertThat(page.select("#members tr[data-member]")).hasSize(2);
        assertThat(row(page, "Dinesh").select(".role").text()).isEqualTo("member");
        assertThat(row(page, "Richard").select("button.make-member")).hasSize(1);
        assertThat(admin.get(dashboard.home().resolve("/billing")).body()).contains("id=\"billing\"");

        String dineshId = row(page, "Dinesh").attr("data-member");
        HttpResponse<String> changed = HtmlForms.submit(admin, team,
                "tr[data-member=\"" + dineshId + "\"] form", Map.of());
        assertThat(changed.statusCode()).isEqualTo(303);

        Document after = page(admin, "/team");
        assertThat(row(after, "Dinesh").select(".role").text()).isEqualTo("admin");
        assertThat(page(member, "/team").select("#my-role").text()).isEqualTo("admin");
    }

    @Test
    void anAdminDeactivatesAndReactivatesAMemberButNotThemself() {
        BrowserlessClient admin = signedIn(richard);
        BrowserlessClient member = signedIn(dinesh);
        HttpResponse<String> team = admin.get(dashboard.home().resolve("/team"));
        Document page = HtmlForms.parse(team);
        String dineshId = row(page, "Dinesh").attr("data-member");
        assertThat(row(page, "Dinesh").select(".status").text()).isEqualTo("active");

        HttpResponse<String> deactivated = HtmlForms.submit(admin, team,
                "tr[data-member=\"" + dineshId + "\"] form:has(button.deactivate)", Map.of());
        assertThat(deactivated.statusCode()).isEqualTo(303);
        Document after = page(admin, "/team");
        assertThat(row(after, "Dinesh").select(".status").text()).isEqualTo("deactivated");
        assertThat(member.get(dashboard.home().resolve("/team")).body()).contains("Sign in again");

        String richardId = row(after, "Richard").attr("data-member");
        HttpResponse<String> refused = HtmlForms.submit(admin, admin.get(dashboard.home().resolve("/team")),
                "tr[data-member=\"" + richardId + "\"] form:has(button.deactivate)", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);

        HttpResponse<String> reactivated = HtmlForms.submit(admin, admin.get(dashboard.home().resolve("/team")),
                "tr[data-member=\"" + dineshId + "\"] form:has(button.reactivate)", Map.of());
        assertThat(reactivated.statusCode()).isEqualTo(303);
        assertThat(row(page(admin, "/team"), "Dinesh").select(".status").text()).isEqualTo("active");
    }

    @Test
    void aMemberSeesTheTeamButNoTogglesAndNoBilling() {
        signedIn(richard);
        BrowserlessClient member = signedIn(dinesh);

        Document page = page(member, "/team");
        assertThat(page.select("#my-role").text()).isEqualTo("member");
        assertThat(page.select("#members tr[data-member]")).hasSize(2);
        assertThat(page.select("form")).isEmpty();
        assertThat(page.select("#billing-link")).isEmpty();
        assertThat(page(member, "/").select("#billing-link")).isEmpty();
        HttpResponse<String> billing = member.get(dashboard.home().resolve("/billing"));
        assertThat(billing.statusCode()).isEqualTo(403);
        assertThat(billing.body()).doesNotContain("id=\"billing\"");
    }

    @Test
    void theToggleNeedsTheSessionsCsrfToken() {
        BrowserlessClient admin = signedIn(richard);
        signedIn(dinesh);
        String dineshId = row(page(admin, "/team"), "Dinesh").attr("data-member");

        for (String csrf : new String[] {"", "forged", null}) {
            Map<String, String> form = csrf == null ? Map.of("user", dineshId, "role", "admin")
                    : Map.of("user", dineshId, "role", "admin", "csrf", csrf);
            HttpResponse<String> refused = admin.postForm(dashboard.home().resolve("/team/role"), form);
            assertThat(refused.statusCode()).isEqualTo(403);
        }

        assertThat(row(page(admin, "/team"), "Dinesh").select(".role").text()).isEqualTo("member");
    }

    @Test
    void theLastAdminIsToldWhyTheyCannotStepDown() {
        BrowserlessClient admin = signedIn(richard);
        HttpResponse<String> team = admin.get(dashboard.home().resolve("/team"));
        String richardId = row(HtmlForms.parse(team), "Richard").attr("data-member");

        HttpResponse<String> refused = HtmlForms.submit(admin, team, "tr[data-member=\"" + richardId + "\"] form", Map.of());

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(HtmlForms.parse(refused).select("#refusal").text()).contains("last admin");
    }

    /** Signs a person in at the dashboard through the team's Okta (the deep link); dinesh needs richard first. */
    private BrowserlessClient signedIn(OktaPerson person) {
        BrowserlessClient browser = new BrowserlessClient();
        HttpResponse<String> oktaPage = browser.followRedirects(
                browser.get(dashboard.home().resolve("/login?team=" + TEAM)), uri -> false);
        HttpResponse<String> landed = browser.followRedirects(
                browser.postForm(oktaPage.uri(), OktaStandIn.signInForm(person)), uri -> false);
        assertThat(landed.body()).contains("Signed in as <b>" + person.name() + "</b>");
        return browser;
    }

    private Document page(BrowserlessClient browser, String path) {
        HttpResponse<String> response = browser.get(dashboard.home().resolve(path));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return HtmlForms.parse(response);
    }

    private static Element row(Document page, String firstName) {
        return page.select("#members tr[data-member]").stream()
                .filter(row -> row.selectFirst("td").text().startsWith(firstName))
                .findFirst().orElseThrow(() -> new AssertionError(firstName + " is not on the Team page"));
    }
}
