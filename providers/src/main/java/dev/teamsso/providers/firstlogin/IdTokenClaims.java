package dev.teamsso.providers.firstlogin;

import org.keycloak.broker.oidc.OIDCIdentityProvider;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.representations.IDToken;
import org.keycloak.representations.JsonWebToken;

/**
 * Claims read from the ID token that the broker validated (signature, issuer, audience, nonce);
 * never from userinfo, which team IdPs do not call.
 */
final class IdTokenClaims {

    private IdTokenClaims() {
    }

    static boolean emailVerified(BrokeredIdentityContext brokerContext) {
        Object token = brokerContext.getContextData().get(OIDCIdentityProvider.VALIDATED_ID_TOKEN);
        if (token instanceof IDToken idToken) {
            return Boolean.TRUE.equals(idToken.getEmailVerified());
        }
        if (token instanceof JsonWebToken jwt) {
            return Boolean.TRUE.equals(jwt.getOtherClaims().get(IDToken.EMAIL_VERIFIED));
        }
        return false;
    }
}
