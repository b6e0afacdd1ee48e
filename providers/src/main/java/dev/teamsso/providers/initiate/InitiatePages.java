package dev.teamsso.providers.initiate;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.sessions.AuthenticationSessionModel;

/** The pages the initiate endpoint shows instead of a redirect: the refusal, the cool-down and the one-click page. */
final class InitiatePages {

    static final String TEMPLATE = "team-initiate.ftl";
    static final String BEAN = "teamInitiate";
    static final String MESSAGE_REJECTED = "teamSsoInitiateRejected";
    static final String MESSAGE_TOO_MANY = "teamSsoTooManyAttempts";

    private final KeycloakSession session;

    InitiatePages(KeycloakSession session) {
        this.session = session;
    }

    /** One answer for every refused request: no redirect, nothing saying why. */
    Response rejected() {
        return noStore(session.getProvider(LoginFormsProvider.class).setError(MESSAGE_REJECTED)
                .createErrorPage(Response.Status.BAD_REQUEST));
    }

    /** This address looked up too many teams that do not exist (or not with this issuer). */
    Response coolingDown() {
        return noStore(session.getProvider(LoginFormsProvider.class).setError(MESSAGE_TOO_MANY)
                .createErrorPage(Response.Status.TOO_MANY_REQUESTS));
    }

    /**
     * "Sign in to team T with its Okta at H?" with one button that posts to {@code brokerLogin}
     * (Keycloak's broker login, carrying the attempt's session code).
     */
    Response confirm(AuthenticationSessionModel attempt, String teamId, String issuer, URI brokerLogin) {
        InitiatePageBean bean = new InitiatePageBean(teamId, URI.create(issuer).getHost(), brokerLogin.toString());
        return noStore(session.getProvider(LoginFormsProvider.class)
                .setAuthenticationSession(attempt)
                .setAttribute(BEAN, bean)
                .createForm(TEMPLATE));
    }

    private static Response noStore(Response page) {
        return Response.fromResponse(page)
                .header(HttpHeaders.CACHE_CONTROL, null)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
