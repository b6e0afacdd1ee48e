package dev.teamsso.providers.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short fingerprint of a team's client secret, recorded on the team's organization so that
 * {@code show} and {@code add --update} can tell "secret changed" without reading, printing or
 * storing the secret in clear. Written wherever a secret is saved: {@code teams add} and the
 * set-up page (the identity provider's config holds the secret itself, as
 * Keycloak keeps it). The first 64 bits of SHA-256 over the Team ID and the secret: the same
 * secret gives different fingerprints in different teams, and the prefix cannot be reversed
 * into a high-entropy Okta secret.
 */
public final class SecretFingerprint {

    /** Organization attribute holding the fingerprint. A public contract: never rename. */
    public static final String ATTRIBUTE = "team-sso.client-secret-sha256";

    private static final int BYTES = 8;

    private SecretFingerprint() {
    }

    public static String of(TeamId teamId, String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(("team-sso client secret\0" + teamId.value() + "\0").getBytes(StandardCharsets.UTF_8));
            byte[] digest = sha256.digest(secret.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
