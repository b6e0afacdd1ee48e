package dev.teamsso.providers.initiate;

import org.keycloak.OAuth2Constants;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.protocol.AuthorizationEndpointBase;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.protocol.oidc.utils.OIDCResponseType;
import org.keycloak.services.Urls;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A sign-in attempt in this browser's own authentication session, made exactly as Keycloak's
 * authorization endpoint makes one: the existing root authentication session, or one re-created
 * with the ID of the browser's Keycloak session. So when the attempt ends with a different
 * person than the one already signed in, Keycloak's own guard ("You are already authenticated
 * as different user") refuses it instead of silently replacing the session. Only a browser
 * without any session gets a fresh one.
 */
public final class BrowserAttempt extends AuthorizationEndpointBase {

    public BrowserAttempt(KeycloakSession session, EventBuilder event) {
        super(session, event);
    }

    /** An attempt of the landing client that ends in a Keycloak session, a redirect to {@code target} and no code. */
    public AuthenticationSessionModel forLanding(ClientModel client, String target, String loginHint) {
        AuthenticationSessionModel attempt = createAuthenticationSession(client, null);
        attempt.setProtocol(OIDCLoginProtocol.LOGIN_PROTOCOL);
        attempt.setAction(AuthenticationSessionModel.Action.AUTHENTICATE.name());
        attempt.setRedirectUri(target);
        attempt.setClientNote(OIDCLoginProtocol.RESPONSE_TYPE_PARAM, OIDCResponseType.NONE);
        attempt.setClientNote(OIDCLoginProtocol.REDIRECT_URI_PARAM, target);
        attempt.setClientNote(OIDCLoginProtocol.SCOPE_PARAM, OAuth2Constants.SCOPE_OPENID);
        attempt.setClientNote(OIDCLoginProtocol.ISSUER, Urls.realmIssuer(session.getContext().getUri().getBaseUri(), realm.getName()));
        if (loginHint != null) {
            attempt.setClientNote(OIDCLoginProtocol.LOGIN_HINT_PARAM, loginHint);
        }
        return attempt;
    }
}
