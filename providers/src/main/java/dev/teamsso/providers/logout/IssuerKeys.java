package dev.teamsso.providers.logout;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.broker.oidc.OIDCIdentityProviderConfig;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.crypto.SignatureProvider;
import org.keycloak.jose.jws.JWSInput;
import org.keycloak.keys.loader.PublicKeyStorageManager;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;

/**
 * Checks a JWS against the signing keys of a team's identity provider exactly as Keycloak's OIDC
 * broker checks that IdP's ID tokens: the keys come from Keycloak's public key storage for that
 * IdP (its {@code jwks_uri}, cached, and fetched again when a {@code kid} is unknown, so Okta's
 * key rotation needs nothing from us). Only asymmetric algorithms are accepted.
 */
final class IssuerKeys {

    private static final Logger LOG = Logger.getLogger(IssuerKeys.class);
    private static final Set<String> ALGORITHMS = Set.of(
            "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512");

    private final KeycloakSession session;

    IssuerKeys(KeycloakSession session) {
        this.session = session;
    }

    boolean signedBy(JWSInput jws, IdentityProviderModel idp) {
        String algorithm = jws.getHeader().getRawAlgorithm();
        if (algorithm == null || !ALGORITHMS.contains(algorithm)) {
            LOG.debugf("request JWT for IdP '%s' refused: algorithm %s", idp.getAlias(), algorithm);
            return false;
        }
        try {
            KeyWrapper key = PublicKeyStorageManager.getIdentityProviderKeyWrapper(session,
                    session.getContext().getRealm(), new OIDCIdentityProviderConfig(idp), jws);
            if (key == null || (key.getAlgorithm() != null && !key.getAlgorithm().equals(algorithm))) {
                LOG.debugf("request JWT for IdP '%s' refused: no key for kid %s", idp.getAlias(), jws.getHeader().getKeyId());
                return false;
            }
            SignatureProvider signatures = session.getProvider(SignatureProvider.class, algorithm);
            return signatures != null && signatures.verifier(key)
                    .verify(jws.getEncodedSignatureInput().getBytes(StandardCharsets.US_ASCII), jws.getSignature());
        } catch (Exception e) {
            LOG.debugf("request JWT for IdP '%s' refused: %s", idp.getAlias(), e.getClass().getSimpleName());
            return false;
        }
    }
}
