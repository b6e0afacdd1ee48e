package dev.teamsso.testing.demo;

import static org.assertj.core.api.Assertions.assertThat;


import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.OktaStandIn;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo's dashboard stand-in signs a person in through a team's Okta and shows their team. */
@ExtendWith(TeamSsoExtension.class)
class DashboardStandInIT {

    private static final String TEAM = "hooli";

    private final TeamSsoStack stack;
    private DashboardWithTeam dashboard;

    DashboardStandInIT(TeamSsoStack stack) {
        this.stack = stack;
    }

    @BeforeEach
    void start() {
        dashboard = DashboardWithTeam.start(stack, TEAM, "gavin@hooli.example");
    }

    @AfterEach
    void stop() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @Test
    void deepLinkSignInLandsOnTheDashboardWithNameAndTeam() {
        BrowserlessClient browser = new BrowserlessClient();
        OktaPerson richard = OktaPerson.named("Richard", "Hendricks", "richard@hooli.example");

        HttpResponse<String> oktaPage = browser.followRedirects(
                browser.get(dashboard.home().resolve("/login?team=" + TEAM)), uri -> false);
        assertThat(oktaPage.uri().toString()).startsWith(stack.okta().issuer(TEAM));
        HttpResponse<String> landed = browser.followRedirects(
                browser.postForm(oktaPage.uri(), OktaStandIn.signInForm(richard)), uri -> false);

        assertThat(landed.uri()).isEqualTo(dashboard.home());
        assertThat(landed.body())
                .contains("Signed in as <b>Richard Hendricks</b>")
                .contains("<td id=\"team\">" + TEAM + "</td>");

        HttpResponse<String> signedOut = browser.followRedirects(browser.get(dashboard.home().resolve("/logout")), uri -> false);
        assertThat(signedOut.body()).contains("You are not signed in.");
    }

    @Test
    void aCallbackThatWasNotStartedHereIsRefused() {
        HttpResponse<String> response = new BrowserlessClient().get(dashboard.home().resolve("/callback?state=forged&code=x"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Signed in as");
    }

}
