package dev.teamsso.providers.logout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Each request JWT works once: its {@code (iss, jti)} goes into Keycloak's single-use object store
 * ({@code putIfAbsent}, cluster-wide) until the JWT would have expired anyway; a second use is
 * {@link RevocationError#INVALID_TOKEN}. The key is a hash, so no token part is stored as is.
 */
final class ReplayGuard {

    /** Key prefix of used {@code jti}s in Keycloak's single-use object store. */
    private static final String REPLAY_KEY_PREFIX = "team-sso.gtr.jti.";

    private final KeycloakSession session;

    ReplayGuard(KeycloakSession session) {
        this.session = session;
    }

    void consume(String teamId, TokenClaims claims, long now) {
        String key = REPLAY_KEY_PREFIX + teamId + "." + sha256(claims.issuer() + "\n" + claims.jwtId());
        long lifespan = RevocationTokenRule.replayWindowSeconds(claims, now);
        if (!session.getProvider(SingleUseObjectProvider.class).putIfAbsent(key, lifespan)) {
            throw new RevocationException(RevocationError.INVALID_TOKEN);
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
