package dev.teamsso.testing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.providers.contract.check.IssuerMetadata;
import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.HostileOidcProvider;
import dev.teamsso.testing.HostileOidcProvider.Trick;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker defences of a team IdP against an upstream that misbehaves on purpose (or an
 * attacker who replays or forges the callback): each case ends on an error page, with no
 * account, no Keycloak session and no code for the platform.
 */
@ExtendWith(TeamSsoExtension.class)
class BrokerDefensesIT {

    private static final AtomicInteger TEAMS = new AtomicInteger();
    /** Keycloak refetches an issuer's JWKS for an unknown key ID at most this often (its default). */
    private static final Duration JWKS_REFETCH_INTERVAL = Duration.ofSeconds(10);

    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;
    private final HostileOidcProvider upstream = HostileOidcProvider.start("0oa-hostile", "hostile-secret");
    private final String team = "hostile" + TEAMS.incrementAndGet();
    private final TestTeam testTeam;

    BrokerDefensesIT(TeamSsoStack stack) throws Exception {
        this.stack = stack;
        this.signIn = new BrokeredSignIn(stack);
        this.testTeam = TestTeam.onUpstream(stack, team, upstream.issuer(), "0oa-hostile", "hostile-secret",
                "admin@" + team + ".example");
    }

    @AfterEach
    void removeTeam() {
        testTeam.remove();
        upstream.close();
    }

    @Test
    void anHonestUpstreamSignsInWithPkceAndWithoutUserinfo() {
        upstream.signInAs(person("honest"));
        BrowserlessClient browser = BrowserlessClient.likeABrowser();

        PlatformClient.Tokens tokens = signIn.tokens(deliver(browser, start(browser)));

        assertThat(tokens.accessToken().getClaim("team_id")).isEqualTo(team);
        assertThat(upstream.tokenRefusals()).isEmpty();
        assertThat(upstream.userinfoCalls()).isZero();
    }

    @Test
    void aBadSignatureIsRefused() {
        upstream.setTrick(Trick.BAD_SIGNATURE);
        assertRefusedCleanly("token signature validation failed");
    }

    @Test
    void anUnknownKeyIdIsRefused() {
        upstream.setTrick(Trick.UNKNOWN_KID);
        assertRefusedCleanly("token signature validation failed");
    }

    /**
     * Keycloak checks the nonce outside its broker error handling: the browser gets a fixed
     * OAuth error body (400, JSON), not the theme's error page, even when it asks for HTML.
     * Still no account, no session, no code; documented under "Security tests" in docs/security.md.
     */
    @Test
    void aWrongNonceIsRefused() {
        upstream.setTrick(Trick.WRONG_NONCE);
        upstream.signInAs(person("mallory"));
        BrowserlessClient browser = BrowserlessClient.likeABrowser();

        BrokeredSignIn.Outcome outcome = deliver(browser, start(browser));

        assertThat(outcome.callback()).isNull();
        assertThat(outcome.last().statusCode()).isEqualTo(400);
        assertThat(outcome.last().body()).isEqualTo("{\"error\":\"invalid_token\",\"error_description\":\"invalid nonce\"}");
        assertNoAccountAndNoSession(browser);
    }

    @Test
    void aWrongAudienceIsRefused() {
        upstream.setTrick(Trick.WRONG_AUDIENCE);
        assertRefusedCleanly("Wrong audience from token");
    }

    @Test
    void afterOktaRotatesItsKeyTheNextSignInWorksWithoutARestart() throws InterruptedException {
        upstream.signInAs(person("before"));
        BrowserlessClient first = BrowserlessClient.likeABrowser();
        signIn.tokens(deliver(first, start(first)));
        String oldKey = upstream.currentKeyId();

        upstream.rotateKey();
        Thread.sleep(JWKS_REFETCH_INTERVAL.plusSeconds(1).toMillis());
        upstream.signInAs(person("after"));
        BrowserlessClient second = BrowserlessClient.likeABrowser();
        PlatformClient.Tokens tokens = signIn.tokens(deliver(second, start(second)));

        assertThat(upstream.currentKeyId()).isNotEqualTo(oldKey);
        assertThat(tokens.accessToken().getClaim("team_id")).isEqualTo(team);
        assertThat(accounts()).isEqualTo(2);
    }

    @Test
    void aReplayedCallbackGetsNoSessionAndNoSecondAccount() {
        upstream.signInAs(person("victim"));
        BrowserlessClient victim = BrowserlessClient.likeABrowser();
        PlatformClient.Authorization authorization = start(victim);
        URI callback = callbackFromUpstream(victim, authorization);
        signIn.tokens(new BrokeredSignIn.Outcome(authorization, victim.followRedirects(victim.get(callback), BrokerDefensesIT::isPlatform)));

        BrowserlessClient attacker = BrowserlessClient.likeABrowser();
        HttpResponse<String> replay = attacker.followRedirects(attacker.get(callback), BrokerDefensesIT::isPlatform);
        HttpResponse<String> replayBySameBrowser = victim.get(callback);

        assertCleanPage(replay);
        assertThat(BrowserlessClient.location(replay)).isNull();
        assertThat(attacker.cookie("localhost", "KEYCLOAK_IDENTITY")).isNull();
        assertThat(BrowserlessClient.location(replayBySameBrowser) == null
                || !BrowserlessClient.location(replayBySameBrowser).toString().contains("code=")).isTrue();
        assertThat(accounts()).isEqualTo(1);
    }

    @Test
    void aCallbackWithoutStateIsRefused() {
        upstream.signInAs(person("nostate"));
        BrowserlessClient browser = BrowserlessClient.likeABrowser();
        PlatformClient.Authorization authorization = start(browser);
        URI callback = callbackFromUpstream(browser, authorization);
        URI withoutState = URI.create(callback.toString().replaceAll("[&?]state=[^&]*", ""));

        HttpResponse<String> page = browser.followRedirects(browser.get(withoutState), BrokerDefensesIT::isPlatform);

        assertThat(withoutState.getQuery()).doesNotContain("state=");
        assertCleanPage(page);
        assertNoAccountAndNoSession(browser);
        assertThat(upstream.tokenRefusals()).as("the code is never even redeemed").isEmpty();
    }

    @Test
    void aCodeInjectedIntoAnotherBrowsersSignInFailsThePkceCheck() {
        upstream.signInAs(person("attacker"));
        BrowserlessClient attacker = BrowserlessClient.likeABrowser();
        URI attackersCallback = callbackFromUpstream(attacker, start(attacker));
        BrowserlessClient victim = BrowserlessClient.likeABrowser();
        PlatformClient.Authorization victimsAttempt = start(victim);
        URI victimsCallback = callbackFromUpstream(victim, victimsAttempt);
        String attackersCode = query(attackersCallback, "code");
        URI injected = URI.create(victimsCallback.toString().replace(query(victimsCallback, "code"), attackersCode));

        HttpResponse<String> page = victim.followRedirects(victim.get(injected), BrokerDefensesIT::isPlatform);

        assertCleanPage(page);
        assertNoAccountAndNoSession(victim);
        assertThat(upstream.tokenRefusals()).containsExactly("invalid_grant: PKCE verifier mismatch");
    }

    private void assertRefusedCleanly(String logged) {
        upstream.signInAs(person("mallory"));
        BrowserlessClient browser = BrowserlessClient.likeABrowser();

        BrokeredSignIn.Outcome outcome = deliver(browser, start(browser));

        assertThat(outcome.callback()).as("no code is sent to the platform").isNull();
        assertCleanPage(outcome.last());
        assertNoAccountAndNoSession(browser);
        assertThat(stack.keycloak().logTail(400)).contains(logged);
    }

    private void assertNoAccountAndNoSession(BrowserlessClient browser) {
        assertThat(accounts()).isZero();
        assertThat(browser.cookie("localhost", "KEYCLOAK_IDENTITY")).isNull();
        assertThat(browser.cookie("localhost", "KEYCLOAK_SESSION")).isNull();
    }

    static void assertCleanPage(HttpResponse<String> page) {
        assertThat(page.statusCode()).isBetween(400, 599).isNotIn(500, 503);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<html").doesNotContain("Exception", "at org.", "at java.");
    }

    private int accounts() {
        return testTeam.accounts().size();
    }

    private OktaPerson person(String name) {
        return OktaPerson.named(name, "Hostile", name + "@" + team + ".example");
    }

    private PlatformClient.Authorization start(BrowserlessClient browser) {
        return signIn.platform().start(Map.of("kc_idp_hint", team));
    }

    /** Walks to the upstream, which signs in at once, and returns the broker callback URI it redirects to (not followed). */
    private URI callbackFromUpstream(BrowserlessClient browser, PlatformClient.Authorization authorization) {
        HttpResponse<String> atCallback = browser.followRedirects(browser.get(authorization.uri()), this::isBrokerCallback);
        URI callback = BrowserlessClient.location(atCallback);
        assertThat(callback).as("the upstream redirects back to the broker").isNotNull();
        assertThat(isBrokerCallback(callback)).isTrue();
        return callback;
    }

    private BrokeredSignIn.Outcome deliver(BrowserlessClient browser, PlatformClient.Authorization authorization) {
        URI callback = callbackFromUpstream(browser, authorization);
        return new BrokeredSignIn.Outcome(authorization, browser.followRedirects(browser.get(callback), BrokerDefensesIT::isPlatform));
    }

    private boolean isBrokerCallback(URI uri) {
        return uri.getPath().endsWith("/broker/" + team + "/endpoint");
    }

    private static boolean isPlatform(URI uri) {
        return uri.toString().startsWith(TeamSsoStack.DASHBOARD_REDIRECT_URI);
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError("no " + name + " in " + uri);
    }
}
