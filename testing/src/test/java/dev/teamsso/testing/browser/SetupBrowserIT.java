package dev.teamsso.testing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.setup.PendingTeamInvite;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser sets a new team up from its link alone: reads what to create in Okta, types
 * the values (first a wrong issuer), tests a sign-in at the Okta stand-in, sees the team live.
 * Screenshots under {@code target/screenshots/setup-*.png}.
 */
@ExtendWith(TeamSsoExtension.class)
class SetupBrowserIT {

    private static final String TEAM = "initrode";

    private final TeamSsoStack stack;
    private PendingTeamInvite invite;
    private WebDriver browser;

    SetupBrowserIT(TeamSsoStack stack) {
        this.stack = stack;
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (invite != null) {
            invite.remove();
        }
    }

    @Test
    void aNewTeamIsSetUpEndToEndFromTheLinkAlone() {
        browser = Chromium.start();
        invite = PendingTeamInvite.invite(stack, TEAM, "peter@initrode.example", Duration.ofHours(72));
        OktaPerson peter = OktaPerson.named("Peter", "Gibbons", "peter@initrode.example");
        stack.okta().addToDirectory(peter);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String issuer = stack.okta().issuer(TEAM);

        browser.get(invite.link().toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("team-sso-setup-redirect-uri")));
        assertThat(browser.findElement(By.id("team-sso-setup-redirect-uri")).getAttribute("value"))
                .endsWith("/realms/" + TeamSsoStack.REALM + "/broker/" + TEAM + "/endpoint");
        Chromium.screenshot(browser, "setup-1-what-to-create-in-okta");

        browser.findElement(By.id("issuer")).sendKeys(issuer + "/");
        browser.findElement(By.id("client_id")).sendKeys("0oainitrode");
        browser.findElement(By.id("client_secret")).sendKeys("initrode-secret");
        browser.findElement(By.id("team-sso-setup-save")).click();
        String error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issuer-error"))).getText();
        assertThat(error).contains("trailing slash").contains("Fix:");
        assertThat(browser.findElement(By.id("client_secret")).getAttribute("value")).as("never shown back").isEmpty();
        Chromium.screenshot(browser, "setup-2-issuer-error");

        browser.findElement(By.id("issuer")).clear();
        browser.findElement(By.id("issuer")).sendKeys(issuer);
        browser.findElement(By.id("client_secret")).sendKeys("initrode-secret");
        browser.findElement(By.id("team-sso-setup-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("team-sso-setup-test-button")));
        Chromium.screenshot(browser, "setup-3-values-accepted");

        browser.findElement(By.id("team-sso-setup-test-button")).click();
        wait.until(ExpectedConditions.urlContains(issuer));
        Chromium.screenshot(browser, "setup-4-okta-sign-in");
        browser.findElement(By.xpath("//button[contains(., 'Sign in as Peter Gibbons')]")).click();

        String live = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("team-sso-setup-live"))).getText();
        assertThat(live).contains("Team " + TEAM + " is live");
        assertThat(browser.findElement(By.id("team-sso-setup-tile")).getAttribute("value")).contains("/teams/" + TEAM + "/initiate?iss=");
        Chromium.screenshot(browser, "setup-5-team-is-live");
        assertThat(invite.organization().isEnabled()).isTrue();

        browser.get(invite.link().toString());
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("body"))).getText())
                .contains("This set-up link cannot be used");
        Chromium.screenshot(browser, "setup-6-link-used");
    }
}
