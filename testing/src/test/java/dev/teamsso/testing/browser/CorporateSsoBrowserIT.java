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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser: open the dashboard, sign in, choose Corporate SSO, type the Team ID (first
 * wrongly), sign in at the Okta stand-in, land signed in on the dashboard.
 */
@ExtendWith(TeamSsoExtension.class)
class CorporateSsoBrowserIT {

    private static final String TEAM = "cyberdyne";

    private final TeamSsoStack stack;
    @AutoClose
    private BrowserSession session;
    private DashboardWithTeam dashboard;
    private WebDriver browser;

    CorporateSsoBrowserIT(TeamSsoStack stack) {
        this.stack = stack;
    }

    @BeforeEach
    void start() {
        session = BrowserSession.open(stack, TEAM, "miles@cyberdyne.example");
        browser = session.browser();
        dashboard = session.dashboard();
    }

    @Test
    void personSignsInWithCorporateSsoAndLandsOnTheDashboard() {
        OktaPerson miles = OktaPerson.named("Miles", "Dyson", "miles@cyberdyne.example");
        stack.okta().addToDirectory(miles);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(dashboard.home().toString());
        browser.findElement(By.linkText("Sign in")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("team-sso-button")));
        Chromium.screenshot(browser, "login-page");
        browser.findElement(By.id("team-sso-button")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("team_id"))).sendKeys("Cyber_Dyne");
        browser.findElement(By.id("team-sso-submit")).click();
        String error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("team-id-error"))).getText();
        assertThat(error).contains("lower-case letters");
        Chromium.screenshot(browser, "team-id-page-with-error");

        browser.findElement(By.id("team_id")).clear();
        browser.findElement(By.id("team_id")).sendKeys(" Cyberdyne ");
        browser.findElement(By.id("team-sso-submit")).click();
        wait.until(ExpectedConditions.urlContains(stack.okta().issuer(TEAM)));
        browser.findElement(By.xpath("//button[contains(., 'Sign in as Miles Dyson')]")).click();

        wait.until(ExpectedConditions.urlToBe(dashboard.home().toString()));
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).contains("Signed in as Miles Dyson");
        assertThat(browser.findElement(By.id("team")).getText()).isEqualTo(TEAM);
        assertThat(browser.findElement(By.id("role")).getText()).isEqualTo("admin");
        Chromium.screenshot(browser, "dashboard-signed-in");
    }
}
