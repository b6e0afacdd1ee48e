package dev.teamsso.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import no.nav.security.mock.oauth2.token.KeyProvider;

/**
 * The Okta stand-in's signing keys: one RSA key per issuer, made on first use, with a random
 * {@code kid}. Unlike the stand-in's own key store, a test can rotate an issuer's key (the JWKS
 * then publishes only the new one, as after Okta's rotation) and sign its own JWTs with it, as
 * Okta signs Universal Logout requests with its org keys.
 */
public final class OktaKeys extends KeyProvider {

    private final Map<String, RSAKey> current = new ConcurrentHashMap<>();

    @Override
    public JWK signingKey(String issuerId) {
        return key(issuerId);
    }

    /** The issuer's current private signing key. */
    public RSAKey key(String issuerId) {
        return current.computeIfAbsent(issuerId, id -> newKey());
    }

    /** Replaces the issuer's key by a new one with a new {@code kid}; returns the new key. */
    public RSAKey rotate(String issuerId) {
        RSAKey next = newKey();
        current.put(issuerId, next);
        return next;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        return selector.select(new JWKSet(List.copyOf(current.values())));
    }

    /** A key no issuer publishes (for forged signatures in tests). */
    public static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not make an RSA key", e);
        }
    }
}
