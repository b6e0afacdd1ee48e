package dev.teamsso.bench;

import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.HtmlForms;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.OktaStandIn;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamSsoStack;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Sign-ins into one of the {@link PeerRealms}, the way a person does them there: the
 * {@code kc_idp_hint} link, the IdP button on the stock login page, or the identity-first
 * email page of Organizations. Each returns the platform callback's checked tokens.
 */
final class PeerSignIn {

    private final TeamSsoStack stack;
    private final PlatformClient platform;

    PeerSignIn(TeamSsoStack stack, String realm) {
        this.stack = stack;
        this.platform = new PlatformClient(stack.keycloak().realmUrl(realm), TeamSsoStack.DASHBOARD_CLIENT,
                URI.create(TeamSsoStack.DASHBOARD_REDIRECT_URI));
    }

    Flow viaIdpHint(BrowserlessClient browser, OktaPerson person) {
        PlatformClient.Authorization authorization = platform.start(Map.of("kc_idp_hint", PeerRealms.IDP));
        return atOkta(browser, authorization, follow(browser, browser.get(authorization.uri())), person);
    }

    Flow viaIdpButton(BrowserlessClient browser, OktaPerson person) {
        PlatformClient.Authorization authorization = platform.start(Map.of());
        HttpResponse<String> login = follow(browser, browser.get(authorization.uri()));
        Element button = HtmlForms.parse(login).selectFirst("a#social-" + PeerRealms.IDP);
        if (button == null) {
            throw new IllegalStateException("no IdP button on the stock login page " + login.uri() + " (HTTP " + login.statusCode() + ")");
        }
        return atOkta(browser, authorization, follow(browser, browser.get(URI.create(button.absUrl("href")))), person);
    }

    Flow viaIdentityFirst(BrowserlessClient browser, OktaPerson person) {
        PlatformClient.Authorization authorization = platform.start(Map.of());
        HttpResponse<String> emailPage = follow(browser, browser.get(authorization.uri()));
        HttpResponse<String> answer = HtmlForms.submit(browser, emailPage, "form#kc-form-login", Map.of("username", person.email()));
        return atOkta(browser, authorization, follow(browser, answer), person);
    }

    PlatformClient.Tokens tokens(Flow flow) {
        URI location = BrowserlessClient.location(flow.last());
        if (location == null || !location.toString().startsWith(TeamSsoStack.DASHBOARD_REDIRECT_URI)) {
            throw new IllegalStateException("peer sign-in ended on " + flow.last().uri()
                    + " (HTTP " + flow.last().statusCode() + ") instead of the platform");
        }
        return platform.finish(flow.authorization(), location);
    }

    private Flow atOkta(BrowserlessClient browser, PlatformClient.Authorization authorization, HttpResponse<String> page,
                        OktaPerson person) {
        if (!page.uri().toString().startsWith(stack.okta().baseUrl())) {
            return new Flow(authorization, page);
        }
        return new Flow(authorization, follow(browser, browser.postForm(page.uri(), OktaStandIn.signInForm(person))));
    }

    private static HttpResponse<String> follow(BrowserlessClient browser, HttpResponse<String> response) {
        return browser.followRedirects(response, uri -> uri.toString().startsWith(TeamSsoStack.DASHBOARD_REDIRECT_URI));
    }

    /** A peer sign-in in progress and its last answer. */
    record Flow(PlatformClient.Authorization authorization, HttpResponse<String> last) {
    }
}
