package dev.teamsso.testing;

import dev.teamsso.cli.TeamRegistration;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Drives one sign-in through a team's Okta without a browser: the platform's authorization
 * request, Keycloak's broker redirect, the stand-in's sign-in page, the broker callback, and
 * back to the platform's redirect URI (which is not followed: {@link Outcome#callback()}).
 */
public final class BrokeredSignIn {

    private final TeamSsoStack stack;
    private final PlatformClient platform;

    public BrokeredSignIn(TeamSsoStack stack) {
        this.stack = stack;
        this.platform = new PlatformClient(stack.keycloak().realmUrl(TeamSsoStack.REALM),
                TeamSsoStack.DASHBOARD_CLIENT, URI.create(TeamSsoStack.DASHBOARD_REDIRECT_URI));
    }

    public PlatformClient platform() {
        return platform;
    }

    /** Signs {@code person} in through team {@code teamId}'s Okta via {@code kc_idp_hint}. */
    public Outcome viaIdpHint(BrowserlessClient browser, String teamId, OktaPerson person) {
        PlatformClient.Authorization authorization = platform.start(Map.of("kc_idp_hint", teamId));
        HttpResponse<String> page = browser.followRedirects(browser.get(authorization.uri()), this::isPlatform);
        return finishAtOkta(browser, authorization, page, person);
    }

    /**
     * The platform's login page: an authorization request without hint, redirects followed
     * until Keycloak serves the page.
     */
    public LoginPage openLoginPage(BrowserlessClient browser, Map<String, String> extraParameters) {
        PlatformClient.Authorization authorization = platform.start(extraParameters);
        return new LoginPage(authorization, browser.followRedirects(browser.get(authorization.uri()), this::isPlatform));
    }

    /** Login page → Corporate SSO → Team ID page. */
    public LoginPage openTeamIdPage(BrowserlessClient browser) {
        LoginPage login = openLoginPage(browser, Map.of());
        return new LoginPage(login.authorization(),
                HtmlForms.submit(browser, login.page(), "#kc-team-sso-start", Map.of()));
    }

    /** Types {@code teamId} on the Team ID page and submits it; returns the first answer, not followed. */
    public HttpResponse<String> submitTeamId(BrowserlessClient browser, LoginPage teamIdPage, String teamId) {
        return HtmlForms.submit(browser, teamIdPage.page(), "#kc-team-sso-form", Map.of("team_id", teamId));
    }

    /** The whole Corporate SSO path: login page, Team ID, the team's Okta, back to the platform. */
    public Outcome viaTeamIdForm(BrowserlessClient browser, String teamId, OktaPerson person) {
        return viaTeamIdPage(browser, openTeamIdPage(browser), teamId, person);
    }

    /** From a Team ID page however it was opened: the Team ID, the team's Okta, back to the platform. */
    public Outcome viaTeamIdPage(BrowserlessClient browser, LoginPage teamIdPage, String teamId, OktaPerson person) {
        HttpResponse<String> answer = submitTeamId(browser, teamIdPage, teamId);
        return finishAtOkta(browser, teamIdPage.authorization(), browser.followRedirects(answer, this::isPlatform), person);
    }

    /** Username and password on the platform's login page. */
    public Outcome viaPassword(BrowserlessClient browser, String username, String password) {
        LoginPage login = openLoginPage(browser, Map.of());
        HttpResponse<String> answer = HtmlForms.submit(browser, login.page(), "#kc-form-login",
                Map.of("username", username, "password", password));
        return new Outcome(login.authorization(), browser.followRedirects(answer, this::isPlatform));
    }

    /**
     * Okta's dashboard tile: the team's initiate URI with {@code iss} (and {@code extra}) and the
     * {@code Referer} a browser sends after a click in the team's Okta dashboard (the issuer's
     * origin, {@link #oktaDashboardReferer}), the person at the stand-in, then Keycloak; returns
     * the answer that sends the browser to the platform (not followed).
     */
    public HttpResponse<String> oktaTile(BrowserlessClient browser, TeamRegistration team, OktaPerson person,
                                         Map<String, String> extra) {
        Map<String, String> parameters = new LinkedHashMap<>(extra);
        parameters.put("iss", team.issuer());
        String teamId = team.teamId().value();
        HttpResponse<String> okta = browser.followRedirects(
                browser.get(initiateUri(teamId, parameters), oktaDashboardReferer(team.issuer())), uri -> false);
        if (!okta.uri().toString().startsWith(stack.okta().baseUrl())) {
            return okta;
        }
        return browser.followRedirects(browser.postForm(okta.uri(), OktaStandIn.signInForm(person)),
                uri -> uri.toString().startsWith(TeamSsoStack.DASHBOARD_URL));
    }

    /** The whole Okta-initiated path: the tile, then the platform's own sign-in, which needs no prompt. */
    public Outcome viaOktaTile(BrowserlessClient browser, TeamRegistration team, OktaPerson person) {
        HttpResponse<String> landing = oktaTile(browser, team, person, Map.of());
        if (BrowserlessClient.location(landing) == null) {
            return new Outcome(platform.start(Map.of()), landing);
        }
        return silently(browser);
    }

    /** The platform's own sign-in in a browser that already has a Keycloak session: no prompt expected. */
    public Outcome silently(BrowserlessClient browser) {
        PlatformClient.Authorization authorization = platform.start(Map.of());
        return new Outcome(authorization, browser.followRedirects(browser.get(authorization.uri()), this::isPlatform));
    }

    /**
     * What a browser sends as {@code Referer} when a tile in the Okta dashboard of this issuer
     * leads to the initiate URI: the origin only, as under the default referrer policy
     * ({@code strict-origin-when-cross-origin}), e.g. {@code https://acme.okta.com/}.
     */
    public static String oktaDashboardReferer(String issuer) {
        URI parsed = URI.create(issuer);
        return parsed.getScheme() + "://" + parsed.getRawAuthority() + "/";
    }

    /** {@code /realms/deepinfra/teams/{teamId}/initiate} with these query parameters. */
    public URI initiateUri(String teamId, Map<String, String> parameters) {
        StringBuilder uri = new StringBuilder(stack.keycloak().realmUrl(TeamSsoStack.REALM) + "/teams/" + teamId + "/initiate");
        String separator = "?";
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            uri.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = "&";
        }
        return URI.create(uri.toString());
    }


    private Outcome finishAtOkta(BrowserlessClient browser, PlatformClient.Authorization authorization,
                                 HttpResponse<String> page, OktaPerson person) {
        if (!page.uri().toString().startsWith(stack.okta().baseUrl())) {
            return new Outcome(authorization, page);
        }
        HttpResponse<String> back = browser.postForm(page.uri(), OktaStandIn.signInForm(person));
        return new Outcome(authorization, browser.followRedirects(back, this::isPlatform));
    }

    /** Redeems the outcome's code for checked tokens; fails if the sign-in did not reach the platform. */
    public PlatformClient.Tokens tokens(Outcome outcome) {
        URI callback = outcome.callback();
        if (callback == null) {
            throw new PlatformClient.SignInFailedException("sign-in ended on " + outcome.last().uri()
                    + " (HTTP " + outcome.last().statusCode() + ") instead of the platform");
        }
        return platform.finish(outcome.authorization(), callback);
    }

    private boolean isPlatform(URI uri) {
        return uri.toString().startsWith(TeamSsoStack.DASHBOARD_REDIRECT_URI);
    }

    /** A page of Keycloak's sign-in, and the platform request it belongs to. */
    public record LoginPage(PlatformClient.Authorization authorization, HttpResponse<String> page) {
    }

    /** Where a sign-in ended: a redirect to the platform, or a page. */
    public record Outcome(PlatformClient.Authorization authorization, HttpResponse<String> last) {

        /** The platform callback URI, or null when the sign-in ended on a page instead. */
        public URI callback() {
            URI location = BrowserlessClient.location(last);
            return location != null && location.toString().startsWith(TeamSsoStack.DASHBOARD_REDIRECT_URI) ? location : null;
        }
    }
}
