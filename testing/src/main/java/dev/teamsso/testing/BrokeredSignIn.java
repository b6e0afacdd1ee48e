package dev.teamsso.testing;

import java.net.URI;
import java.net.http.HttpResponse;
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

    /** Where a sign-in ended: a redirect to the platform, or a page. */
    public record Outcome(PlatformClient.Authorization authorization, HttpResponse<String> last) {

        /** The platform callback URI, or null when the sign-in ended on a page instead. */
        public URI callback() {
            URI location = BrowserlessClient.location(last);
            return location != null && location.toString().startsWith(TeamSsoStack.DASHBOARD_REDIRECT_URI) ? location : null;
        }
    }
}
