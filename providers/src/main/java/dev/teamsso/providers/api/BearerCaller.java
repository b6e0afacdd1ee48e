package dev.teamsso.providers.api;

import dev.teamsso.providers.contract.TeamApiError;
import dev.teamsso.providers.BearerHeader;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * Who is calling: the bearer access token of the request, checked exactly as Keycloak checks
 * its own bearer-token endpoints (signature with the realm's keys, issuer, expiry, token type,
 * revocation, an active user session with this client, an enabled user), issued to one of the
 * API's clients ({@link ApiClients}). Anything else, including no token at all and tokens of other
 * clients of the realm, is {@link TeamApiError#INVALID_TOKEN}.
 */
final class BearerCaller {

    private static final Logger LOG = Logger.getLogger(BearerCaller.class);

    private BearerCaller() {
    }

    static AuthResult authenticate(KeycloakSession session) {
        String token = tokenOf(session.getContext().getRequestHeaders());
        AuthResult caller;
        try {
            caller = new AppAuthManager.BearerTokenAuthenticator(session).setTokenString(token).authenticate();
        } catch (RuntimeException e) {
            LOG.debugf("bearer token refused: %s", e.getClass().getSimpleName());
            caller = null;
        }
        if (caller == null || caller.user() == null || caller.session() == null) {
            throw new TeamApiException(TeamApiError.INVALID_TOKEN);
        }
        if (!ApiClients.accepts(session.getContext().getRealm(), caller.token().getIssuedFor())) {
            LOG.debugf("bearer token of client '%s' refused: not a team API client", caller.token().getIssuedFor());
            throw new TeamApiException(TeamApiError.INVALID_TOKEN);
        }
        return caller;
    }

    /** The token of the one {@code Authorization: Bearer <token>} header. */
    static String tokenOf(HttpHeaders headers) {
        return BearerHeader.tokenOf(headers).orElseThrow(() -> new TeamApiException(TeamApiError.INVALID_TOKEN));
    }
}
