package dev.teamsso.testing.setup;

import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.HtmlForms;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.OktaStandIn;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * What an Okta admin does on a set-up link, one step each, as a browser without JavaScript does
 * it: submit the three values, press "Test sign-in", sign in at the Okta stand-in. Shared by the
 * set-up tests and {@code DemoIT}, which run these steps on the demo's own link.
 */
public final class SetupSteps {

    private SetupSteps() {
    }

    /** Opens the link and submits the values form; the answer is not followed (303 when they pass). */
    public static HttpResponse<String> submitValues(BrowserlessClient browser, URI link, String issuer, String clientId,
                                                    String secret) {
        return HtmlForms.submit(browser, browser.get(link), "#team-sso-setup-values",
                Map.of("issuer", issuer, "client_id", clientId, "client_secret", secret));
    }

    /** Test sign-in button, through Keycloak's broker, up to the redirect to Okta at {@code oktaBaseUrl} (not followed). */
    public static HttpResponse<String> startTestSignIn(BrowserlessClient browser, URI link, String oktaBaseUrl) {
        HttpResponse<String> start = HtmlForms.submit(browser, browser.get(link), "#team-sso-setup-test", Map.of());
        return browser.followRedirects(start, uri -> uri.toString().startsWith(oktaBaseUrl));
    }

    /** Follows the redirect to Okta, signs {@code person} in there and follows every redirect back. */
    public static HttpResponse<String> signInAtOkta(BrowserlessClient browser, HttpResponse<String> toOkta, OktaPerson person) {
        HttpResponse<String> okta = browser.get(BrowserlessClient.location(toOkta));
        return browser.followRedirects(browser.postForm(okta.uri(), OktaStandIn.signInForm(person)), uri -> false);
    }
}
