package dev.teamsso.providers.initiate;

import org.keycloak.events.EventBuilder;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.protocol.AuthorizationEndpointBase;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A sign-in attempt in this browser's own authentication session, made exactly as Keycloak's
 * authorization endpoint makes one: the existing root authentication session, or one re-created
 * with the ID of the browser's Keycloak session. So when the attempt ends with a different
 * person than the one already signed in, Keycloak's own guard ("You are already authenticated
 * as different user") refuses it instead of silently replacing the session. Only a browser
 * without any session gets a fresh one.
 */
final class BrowserAttempt extends AuthorizationEndpointBase {

    BrowserAttempt(KeycloakSession session, EventBuilder event) {
        super(session, event);
    }

    AuthenticationSessionModel forClient(ClientModel client) {
        return createAuthenticationSession(client, null);
    }
}
