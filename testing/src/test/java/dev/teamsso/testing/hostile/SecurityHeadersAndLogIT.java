package dev.teamsso.testing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.HtmlForms;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamApiClient;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page and endpoint we serve carries anti-framing and no-sniff headers, and
 * {@code no-store} where a form or token is involved; and after real traffic (sign-ins, failed
 * password sign-ins with an email typed as username, API calls) the server log holds no secret,
 * no token and no full email at INFO or above.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersAndLogIT {

    private static final String TEAM = "nu";
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}");
    private static final Pattern LEVEL = Pattern.compile("^\\S+ \\S+ (TRACE|DEBUG|INFO|WARN|ERROR|FATAL) ");

    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;
    private final Map<String, HttpResponse<String>> served = new LinkedHashMap<>();

    SecurityHeadersAndLogIT(TeamSsoStack stack) {
        this.stack = stack;
        this.signIn = new BrokeredSignIn(stack);
    }

    @BeforeAll
    void traffic() {
        stack.createTeam(TEAM, TEAM, "nina@nu.example");
        BrowserlessClient browser = BrowserlessClient.likeABrowser();
        BrokeredSignIn.LoginPage login = signIn.openLoginPage(browser, Map.of());
        served.put("login page", login.page());
        served.put("failed password sign-in with an email as username", HtmlForms.submit(browser, login.page(), "#kc-form-login",
                Map.of("username", "victim.person@corp.example", "password", "not-the-password")));
        BrokeredSignIn.LoginPage teamIdPage = signIn.openTeamIdPage(BrowserlessClient.likeABrowser());
        served.put("Team ID page", teamIdPage.page());
        served.put("Team ID error", signIn.submitTeamId(BrowserlessClient.likeABrowser(),
                signIn.openTeamIdPage(BrowserlessClient.likeABrowser()), "<no>"));
        String initiate = stack.keycloak().realmUrl(TeamSsoStack.REALM) + "/teams/" + TEAM + "/initiate?iss=";
        served.put("initiate refusal", BrowserlessClient.likeABrowser().get(URI.create(initiate + "x")));
        URI tile = URI.create(initiate + URLEncoder.encode(stack.okta().issuer(TEAM), StandardCharsets.UTF_8));
        served.put("initiate redirect", BrowserlessClient.likeABrowser().get(tile,
                BrokeredSignIn.oktaDashboardReferer(stack.okta().issuer(TEAM))));
        served.put("initiate one-click page", BrowserlessClient.likeABrowser().get(tile));

        OktaPerson nina = OktaPerson.named("Nina", "Nu", "nina@nu.example");
        BrowserlessClient ninasBrowser = BrowserlessClient.likeABrowser();
        BrokeredSignIn.Outcome outcome = signIn.viaIdpHint(ninasBrowser, TEAM, nina);
        served.put("broker callback redirect", outcome.last());
        PlatformClient.Tokens tokens = signIn.tokens(outcome);
        TeamApiClient api = new TeamApiClient(stack.keycloak().realmUrl(TeamSsoStack.REALM));
        served.put("team API answer", asResponse(api.send("GET", TeamApiClient.path(TEAM, "members"), tokens.rawAccessToken(), null, null)));
        served.put("team API refusal", asResponse(api.send("GET", TeamApiClient.path(TEAM), "garbage", null, null)));
    }

    @AfterAll
    void removeTeam() {
        TestTeam.of(stack, TEAM).remove();
    }

    /** Keycloak's own bodiless redirect back to the platform cannot be framed and is not checked. */
    @Test
    void everyAnswerForbidsFramingAndSniffing() {
        SoftAssertions soft = new SoftAssertions();
        served.forEach((what, response) -> {
            if (what.equals("broker callback redirect")) {
                return;
            }
            HttpHeaders headers = response.headers();
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            String frameOptions = headers.firstValue("X-Frame-Options").orElse("");
            soft.assertThat(frameOptions.matches("(?i)DENY|SAMEORIGIN") || csp.matches(".*frame-ancestors\\s+('none'|'self').*"))
                    .as("%s (HTTP %d) forbids framing: X-Frame-Options '%s', CSP '%s'", what, response.statusCode(), frameOptions, csp)
                    .isTrue();
            soft.assertThat(headers.firstValue("X-Content-Type-Options").orElse("")).as(what).isEqualToIgnoringCase("nosniff");
        });
        soft.assertAll();
    }

    /**
     * Keycloak's own redirect back to the platform (which carries the single-use, PKCE-bound
     * code) says {@code no-cache}, not {@code no-store}; that is Keycloak's, noted in docs/security.md.
     */
    @Test
    void formsTokensAndApiAnswersAreNeverCached() {
        SoftAssertions soft = new SoftAssertions();
        served.forEach((what, response) -> soft.assertThat(String.join(",", response.headers().allValues("Cache-Control")))
                .as("%s (HTTP %d)", what, response.statusCode()).contains(what.equals("broker callback redirect") ? "no-cache" : "no-store"));
        soft.assertAll();
    }

    @Test
    void theLogHoldsNoSecretTokenOrEmailAtInfoOrAbove() throws Exception {
        List<String> leaks = new ArrayList<>();
        String level = "INFO";
        for (String line : Files.readAllLines(stack.keycloak().logFile())) {
            var matcher = LEVEL.matcher(line);
            if (matcher.find()) {
                level = matcher.group(1);
            }
            if (level.equals("TRACE") || level.equals("DEBUG")) {
                continue;
            }
            if (EMAIL.matcher(line).find() || JWT.matcher(line).find() || line.contains("secret-of-")
                    || line.contains("hostile-secret") || line.contains("userinfo-secret") || line.contains("not-the-password")) {
                leaks.add(line);
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static HttpResponse<String> asResponse(TeamApiClient.Answer answer) {
        return answer.raw();
    }
}
