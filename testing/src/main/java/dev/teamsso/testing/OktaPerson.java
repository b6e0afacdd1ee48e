package dev.teamsso.testing;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person in the Okta stand-in's directory, with the claims Okta puts in an ID token.
 * Okta user IDs look like {@code 00u1a2b3c4d5e6f7g8h9}: "00u" and seventeen more characters.
 */
public record OktaPerson(String sub, String email, boolean emailVerified, String givenName, String familyName) {

    private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A person with a fresh Okta-style user ID and a verified email. */
    public static OktaPerson named(String givenName, String familyName, String email) {
        return new OktaPerson(newOktaUserId(), email, true, givenName, familyName);
    }

    public static String newOktaUserId() {
        StringBuilder id = new StringBuilder("00u");
        for (int i = 0; i < 17; i++) {
            id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }

    public OktaPerson withEmail(String newEmail) {
        return new OktaPerson(sub, newEmail, emailVerified, givenName, familyName);
    }

    public OktaPerson withEmailVerified(boolean verified) {
        return new OktaPerson(sub, email, verified, givenName, familyName);
    }

    public String name() {
        return Stream.of(givenName, familyName).filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    /** The claims besides {@code sub}, {@code iss}, {@code aud}, which the stand-in sets itself. */
    public Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("email", email);
        claims.put("email_verified", emailVerified);
        claims.put("preferred_username", email.toLowerCase(Locale.ROOT));
        claims.put("name", name());
        if (givenName != null) {
            claims.put("given_name", givenName);
        }
        if (familyName != null) {
            claims.put("family_name", familyName);
        }
        claims.put("ver", 1);
        return claims;
    }
}
