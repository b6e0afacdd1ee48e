package dev.teamsso.testing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.HtmlForms;
import dev.teamsso.testing.KeycloakServerOptions;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lookup throttle behind a shared address (an office NAT): only misses are counted and
 * refused, so someone else's 20 misses never block the right Team ID, the {@code kc_idp_hint}
 * link or the Okta tile; IPv6 addresses count per /64; initiate misses (unknown team, disabled
 * team, wrong issuer) count like Team ID misses. Addresses are private ones (the realm asks
 * public addresses for HTTPS), each test its own, claimed through {@code X-Forwarded-For}.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedAddressThrottleIT {

    private static final String TEAM = "moria";
    private static final String DISABLED_TEAM = "moria-old";
    /** The test server's misses per address (the default). */
    private static final int PER_ADDRESS = 20;

    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;
    private TeamRegistration moria;

    SharedAddressThrottleIT(TeamSsoStack stack) {
        this.stack = stack;
        this.signIn = new BrokeredSignIn(stack);
    }

    @BeforeAll
    void createTeams() {
        moria = stack.createTeam(TEAM, TEAM, "balin@moria.example");
        TestTeam.create(stack, DISABLED_TEAM, TEAM, "oin@moria.example").disableOrganization();
    }

    @AfterAll
    void removeTeams() {
        TestTeam.of(stack, TEAM).remove();
        TestTeam.of(stack, DISABLED_TEAM).remove();
    }

    @Test
    void someoneElsesMissesNeverBlockTheRightTeamIdTheDeepLinkOrTheTile() {
        String office = "10.77.0.7";
        missThroughTheForm(office, PER_ADDRESS + 4);
        assertThat(teamIdError(lookUp(BrowserlessClient.from(office), "nosuch-more"))).startsWith("Too many attempts");

        HttpResponse<String> rightId = lookUp(BrowserlessClient.from(office), TEAM);
        assertThat(rightId.statusCode()).as("the right Team ID from the same address").isEqualTo(303);
        assertThat(BrowserlessClient.location(rightId).getPath()).endsWith("/broker/" + TEAM + "/login");

        BrowserlessClient colleague = BrowserlessClient.from(office);
        assertThat(signIn.tokens(signIn.viaIdpHint(colleague, TEAM, OktaPerson.named("Balin", "Fundin", "balin@moria.example")))
                .accessToken().getClaim("team_id")).as("the kc_idp_hint link from the same address").isEqualTo(TEAM);

        HttpResponse<String> tile = BrowserlessClient.from(office).get(signIn.initiateUri(TEAM, Map.of("iss", moria.issuer())),
                BrokeredSignIn.oktaDashboardReferer(moria.issuer()));
        assertThat(tile.statusCode()).as("the Okta tile from the same address").isEqualTo(303);
    }

    @Test
    void everyAddressOfOneIpv6Slash64SharesOneCount() {
        for (int attempt = 1; attempt <= PER_ADDRESS / KeycloakServerOptions.TEST_MISSES_PER_ATTEMPT; attempt++) {
            missThroughTheForm("fec0:0:0:a::" + attempt, KeycloakServerOptions.TEST_MISSES_PER_ATTEMPT);
        }

        assertThat(teamIdError(lookUp(BrowserlessClient.from("fec0:0:0:a:ffff:ffff:ffff:fffe"), "nosuch-v6")))
                .as("another address of the same /64").startsWith("Too many attempts");
        assertThat(teamIdError(lookUp(BrowserlessClient.from("fec0:0:0:b::1"), "nosuch-v6")))
                .as("the next /64").startsWith("We could not start single sign-on");
    }

    @Test
    void initiateMissesAreThrottledLikeTeamIdMissesTheSameForUnknownAndDisabledTeams() {
        String address = "10.77.0.10";
        String[] misses = {"moria-none", DISABLED_TEAM, TEAM};
        for (int miss = 0; miss < PER_ADDRESS; miss++) {
            String teamId = misses[miss % misses.length];
            String iss = teamId.equals(TEAM) ? moria.issuer() + "/wrong" : moria.issuer();
            HttpResponse<String> answer = initiate(address, teamId, iss);
            assertThat(answer.statusCode()).as("miss %d (%s)", miss, teamId).isEqualTo(400);
        }

        HttpResponse<String> unknown = initiate(address, "moria-none", moria.issuer());
        HttpResponse<String> disabled = initiate(address, DISABLED_TEAM, moria.issuer());
        for (HttpResponse<String> coolingDown : new HttpResponse[] {unknown, disabled}) {
            assertThat(coolingDown.statusCode()).isEqualTo(429);
            assertThat(BrowserlessClient.location(coolingDown)).isNull();
            assertThat(HtmlForms.parse(coolingDown).text()).contains("Too many attempts");
        }
        assertThat(comparable(unknown)).isEqualTo(comparable(disabled));
        assertThat(initiate(address, TEAM, moria.issuer()).statusCode()).as("the real tile is never refused").isEqualTo(303);
        assertThat(teamIdError(lookUp(BrowserlessClient.from(address), "nosuch-form")))
                .as("the Team ID form shares the count").startsWith("Too many attempts");
    }

    /** {@code misses} Team ID misses from {@code address}, in as many sign-in attempts as the per-attempt limit needs. */
    private void missThroughTheForm(String address, int misses) {
        int done = 0;
        while (done < misses) {
            BrowserlessClient browser = BrowserlessClient.from(address);
            BrokeredSignIn.LoginPage page = signIn.openTeamIdPage(browser);
            HttpResponse<String> last = page.page();
            for (int inAttempt = 0; inAttempt < KeycloakServerOptions.TEST_MISSES_PER_ATTEMPT && done < misses; inAttempt++, done++) {
                last = signIn.submitTeamId(browser, new BrokeredSignIn.LoginPage(page.authorization(), last), "nosuch" + done + "-x");
            }
        }
    }

    private HttpResponse<String> lookUp(BrowserlessClient browser, String teamId) {
        return signIn.submitTeamId(browser, signIn.openTeamIdPage(browser), teamId);
    }

    private HttpResponse<String> initiate(String address, String teamId, String iss) {
        URI uri = signIn.initiateUri(teamId, Map.of("iss", iss));
        return BrowserlessClient.from(address).get(uri, BrokeredSignIn.oktaDashboardReferer(moria.issuer()));
    }

    private static String teamIdError(HttpResponse<String> page) {
        Element error = HtmlForms.parse(page).selectFirst("#team-id-error");
        return error == null ? "(no error shown, HTTP " + page.statusCode() + ")" : error.text();
    }

    private static String comparable(HttpResponse<String> page) {
        return page.body().replaceAll("kc_state_checker=[^&\"]*", "kc_state_checker=X");
    }
}
