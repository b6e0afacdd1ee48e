package dev.teamsso.providers.setup;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The CSRF token of a set-up link's forms: an HMAC-SHA256, under the realm's active HMAC key,
 * of the link's token hash. Bound to the link (a token of one link is worthless on another),
 * the same on every node, nothing stored; a form post without it is refused. The key rotates
 * with the realm's HMAC key, after which an open page must be reloaded.
 */
final class SetupCsrf {

    private static final String PURPOSE = "team-sso.setup-csrf:";

    private final KeycloakSession session;
    private final RealmModel realm;

    SetupCsrf(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    String tokenFor(String tokenHash) {
        KeyWrapper key = session.keys().getActiveKey(realm, KeyUse.SIG, Algorithm.HS512);
        if (key == null || key.getSecretKey() == null) {
            throw new IllegalStateException("realm " + realm.getName() + " has no active HMAC key");
        }
        return hmac(key.getSecretKey(), tokenHash);
    }

    boolean accepts(String presented, String tokenHash) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(tokenHash).getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }

    private static String hmac(SecretKey key, String tokenHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            byte[] digest = mac.doFinal((PURPOSE + tokenHash).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
