package dev.teamsso.testing.browser;

import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.demo.DashboardWithTeam;
import org.openqa.selenium.WebDriver;

/**
 * What every browser test starts from: headless Chromium, and the dashboard stand-in with one
 * team. Closing it quits the browser and removes the dashboard, the team and its accounts.
 */
final class BrowserSession implements AutoCloseable {

    private final WebDriver browser;
    private final DashboardWithTeam dashboard;

    private BrowserSession(WebDriver browser, DashboardWithTeam dashboard) {
        this.browser = browser;
        this.dashboard = dashboard;
    }

    static BrowserSession open(TeamSsoStack stack, String teamId, String adminEmail) {
        WebDriver browser = Chromium.start();
        try {
            return new BrowserSession(browser, DashboardWithTeam.start(stack, teamId, adminEmail));
        } catch (RuntimeException | Error e) {
            browser.quit();
            throw e;
        }
    }

    WebDriver browser() {
        return browser;
    }

    DashboardWithTeam dashboard() {
        return dashboard;
    }

    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            dashboard.close();
        }
    }
}
