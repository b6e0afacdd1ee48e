package dev.teamsso.providers.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A team's secret tokens: its SCIM bearer token ({@value #SCIM_PREFIX}) and its one-time set-up
 * link token ({@value #SETUP_PREFIX}). A token is its prefix and 32 random bytes (base64url),
 * stored only as {@code sha256:} and the base64url SHA-256 of the token. A plain hash is enough for a secret
 * with 256 bits of entropy (nothing to guess, nothing to stretch); it is compared in constant time.
 */
public final class TeamTokens {

    public static final String SCIM_PREFIX = "tsso_scim_";
    public static final String SETUP_PREFIX = "tsso_setup_";
    private static final String HASH_PREFIX = "sha256:";
    private static final int RANDOM_BYTES = 32;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private TeamTokens() {
    }

    /** A new token, to be shown once and then forgotten. */
    public static String generate(String prefix, SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return prefix + BASE64URL.encodeToString(bytes);
    }

    public static String hash(String token) {
        return HASH_PREFIX + BASE64URL.encodeToString(sha256(token));
    }

    /** Whether {@code presented} is the token whose hash is {@code storedHash}; constant time in the token. */
    public static boolean matches(String presented, String storedHash) {
        if (presented == null || storedHash == null) {
            return false;
        }
        byte[] expected = hash(presented).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
