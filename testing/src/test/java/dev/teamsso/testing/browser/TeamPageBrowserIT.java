package dev.teamsso.testing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.demo.DashboardWithTeam;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser: the team admin signs in, opens the Team page, makes a member admin and signs
 * out; the member signs in next in the same browser and the dashboard shows them as admin,
 * with Billing.
 */
@ExtendWith(TeamSsoExtension.class)
class TeamPageBrowserIT {

    private static final String TEAM = "sterling";

    private final TeamSsoStack stack;
    @AutoClose
    private BrowserSession session;
    private DashboardWithTeam dashboard;
    private WebDriver browser;

    TeamPageBrowserIT(TeamSsoStack stack) {
        this.stack = stack;
    }

    @BeforeEach
    void start() {
        session = BrowserSession.open(stack, TEAM, "roger@sterling.example");
        browser = session.browser();
        dashboard = session.dashboard();
    }

    @Test
    void anAdminPromotesAMemberWhoseNextSignInIsAdmin() {
        OktaPerson roger = OktaPerson.named("Roger", "Sterling", "roger@sterling.example");
        OktaPerson peggy = OktaPerson.named("Peggy", "Olson", "peggy@sterling.example");
        stack.okta().addToDirectory(roger, peggy);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        signIn(wait, peggy);
        assertThat(browser.findElement(By.id("role")).getText()).isEqualTo("member");
        assertThat(browser.findElements(By.id("billing-link"))).isEmpty();
        signOut(wait);

        signIn(wait, roger);
        browser.findElement(By.id("team-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("members")));
        assertThat(roleOf("Peggy")).isEqualTo("member");
        Chromium.screenshot(browser, "team-page-admin");
        memberRow("Peggy").findElement(By.cssSelector("button.make-admin")).click();
        // The form posts and the page reloads: rows found on the old page may go stale mid-read.
        wait.ignoring(StaleElementReferenceException.class).until(driver -> roleOf("Peggy").equals("admin"));
        Chromium.screenshot(browser, "team-page-after-promotion");
        signOut(wait);

        signIn(wait, peggy);
        assertThat(browser.findElement(By.id("role")).getText()).isEqualTo("admin");
        assertThat(browser.findElement(By.id("billing-link")).isDisplayed()).isTrue();
        browser.findElement(By.id("billing-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("billing")));
        Chromium.screenshot(browser, "billing-for-the-new-admin");
    }

    private void signIn(WebDriverWait wait, OktaPerson person) {
        browser.get(dashboard.home().resolve("/login?team=" + TEAM).toString());
        wait.until(ExpectedConditions.urlContains(stack.okta().issuer(TEAM)));
        browser.findElement(By.xpath("//button[contains(., 'Sign in as " + person.name() + "')]")).click();
        wait.until(ExpectedConditions.urlToBe(dashboard.home().toString()));
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).contains("Signed in as " + person.name());
    }

    private void signOut(WebDriverWait wait) {
        browser.get(dashboard.home().resolve("/logout").toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "You are not signed in."));
    }

    private WebElement memberRow(String firstName) {
        return browser.findElements(By.cssSelector("#members tr[data-member]")).stream()
                .filter(row -> row.findElement(By.tagName("td")).getText().startsWith(firstName))
                .findFirst().orElseThrow(() -> new AssertionError(firstName + " is not on the Team page"));
    }

    private String roleOf(String firstName) {
        return memberRow(firstName).findElement(By.cssSelector(".role")).getText();
    }
}
