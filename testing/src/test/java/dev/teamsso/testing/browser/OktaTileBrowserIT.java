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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real browser follows the Okta dashboard tile: initiate URI, Okta, then the platform, signed in. */
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

    @Test
    void theTileClickLandsSignedInOnTheDashboard() {
        OktaPerson jill = OktaPerson.named("Jill", "Valentine", "jill@umbrella.example");
        stack.okta().addToDirectory(jill);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String initiate = stack.keycloak().realmUrl(TeamSsoStack.REALM) + "/teams/" + TEAM + "/initiate?iss="
                + URLEncoder.encode(issuer, StandardCharsets.UTF_8);

        browser.get(initiate);
        wait.until(ExpectedConditions.urlContains(issuer + "/authorize"));
        browser.findElement(By.xpath("//button[contains(., 'Sign in as Jill Valentine')]")).click();

        wait.until(ExpectedConditions.urlToBe(dashboard.home().toString()));
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).contains("Signed in as Jill Valentine");
        assertThat(browser.findElement(By.id("team")).getText()).isEqualTo(TEAM);
        Chromium.screenshot(browser, "okta-tile-landed");
    }
}
