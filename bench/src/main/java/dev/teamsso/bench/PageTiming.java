package dev.teamsso.bench;

import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.HtmlForms;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The pages of Corporate SSO at one team count: the login page, the Team ID page, and the time
 * from submitting the Team ID to Keycloak's redirect towards the team's Okta.
 */
record PageTiming(int teams, Percentiles loginPage, int loginPageBytes, Percentiles teamIdPage, int teamIdPageBytes,
                  Percentiles redirect) {

    static PageTiming measure(BenchFixture fixture, int samples) {
        BrokeredSignIn signIn = fixture.brokeredSignIn();
        long[] login = new long[samples];
        long[] teamId = new long[samples];
        long[] redirect = new long[samples];
        int loginBytes = 0;
        int teamIdBytes = 0;
        for (int i = 0; i < samples; i++) {
            BrowserlessClient browser = new BrowserlessClient();
            long begin = System.nanoTime();
            BrokeredSignIn.LoginPage loginPage = signIn.openLoginPage(browser, Map.of());
            long afterLogin = System.nanoTime();
            BrokeredSignIn.LoginPage teamIdPage = new BrokeredSignIn.LoginPage(loginPage.authorization(),
                    HtmlForms.submit(browser, loginPage.page(), "#kc-team-sso-start", Map.of()));
            long afterTeamId = System.nanoTime();
            HttpResponse<String> answer = signIn.submitTeamId(browser, teamIdPage, BenchFixture.TEAM);
            long afterRedirect = System.nanoTime();
            if (answer.statusCode() != 303) {
                throw new IllegalStateException("the Team ID did not redirect: HTTP " + answer.statusCode());
            }
            login[i] = afterLogin - begin;
            teamId[i] = afterTeamId - afterLogin;
            redirect[i] = afterRedirect - afterTeamId;
            loginBytes = loginPage.page().body().getBytes(StandardCharsets.UTF_8).length;
            teamIdBytes = teamIdPage.page().body().getBytes(StandardCharsets.UTF_8).length;
        }
        return new PageTiming(fixture.teamCount(), Percentiles.of(login), loginBytes, Percentiles.of(teamId), teamIdBytes,
                Percentiles.of(redirect));
    }
}
