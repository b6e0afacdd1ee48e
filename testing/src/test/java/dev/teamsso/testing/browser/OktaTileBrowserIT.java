package dev.teamsso.testing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.demo.DashboardWithTeam;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real browser follows the Okta dashboard tile: initiate URI (one click when not from the team's Okta), Okta, then the platform, signed in. */
@ExtendWith(TeamSsoExtension.class)
class OktaTileBrowserIT {

    private static final String TEAM = "umbrella-corp";

    private final TeamSsoStack stack;
    @AutoClose
    private BrowserSession session;
    private DashboardWithTeam dashboard;
    private WebDriver browser;
    private String issuer;

    OktaTileBrowserIT(TeamSsoStack stack) {
        this.stack = stack;
    }

    @BeforeEach
    void start() {
        session = BrowserSession.open(stack, TEAM, "albert@umbrella.example");
        browser = session.browser();
        dashboard = session.dashboard();
        issuer = dashboard.team().issuer();
    }

    /**
     * The click comes from a page of the team's Okta (here a page of the stand-in's origin that
     * navigates as the dashboard's tile does), so the browser's own {@code Referer} says so.
     */
    @Test
    void theTileClickLandsSignedInOnTheDashboard() {
        OktaPerson jill = OktaPerson.named("Jill", "Valentine", "jill@umbrella.example");
        stack.okta().addToDirectory(jill);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(issuer + "/.well-known/openid-configuration");
        ((JavascriptExecutor) browser).executeScript("window.location.href = arguments[0];", initiateUri());
        wait.until(ExpectedConditions.urlContains(issuer + "/authorize"));
        browser.findElement(By.xpath("//button[contains(., 'Sign in as Jill Valentine')]")).click();

        wait.until(ExpectedConditions.urlToBe(dashboard.home().toString()));
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).contains("Signed in as Jill Valentine");
        assertThat(browser.findElement(By.id("team")).getText()).isEqualTo(TEAM);
        Chromium.screenshot(browser, "okta-tile-landed");
    }

    /** Opened from anywhere else (typed, bookmarked, another site's link): one click on a page naming the team. */
    @Test
    void aTileLinkFromElsewhereAsksOnceThenLandsSignedIn() {
        OktaPerson chris = OktaPerson.named("Chris", "Redfield", "chris@umbrella.example");
        stack.okta().addToDirectory(chris);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(initiateUri());
        assertThat(browser.findElement(By.id("team-sso-initiate-intro")).getText())
                .isEqualTo("You are about to sign in to team " + TEAM + " with its Okta at " + URI.create(issuer).getHost() + ".");
        Chromium.screenshot(browser, "okta-tile-one-click");
        browser.findElement(By.id("team-sso-initiate-continue")).click();
        wait.until(ExpectedConditions.urlContains(issuer + "/authorize"));
        browser.findElement(By.xpath("//button[contains(., 'Sign in as Chris Redfield')]")).click();

        wait.until(ExpectedConditions.urlToBe(dashboard.home().toString()));
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).contains("Signed in as Chris Redfield");
    }

    private String initiateUri() {
        return stack.keycloak().realmUrl(TeamSsoStack.REALM) + "/teams/" + TEAM + "/initiate?iss="
                + URLEncoder.encode(issuer, StandardCharsets.UTF_8);
    }
}
