package dev.teamsso.providers.contract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The username of a team account: {@code <teamId>.<encoded okta sub>}. Usernames are unique in
 * the realm while the same email may belong to accounts of several teams, and nobody can pick a
 * username that collides with a team account: Team IDs contain no dots.
 *
 * <p>Keycloak lower-cases usernames, and Okta subjects are case-sensitive, so the subject is
 * encoded reversibly: {@code a-z 0-9 . @ + -} stay as they are (existing accounts of lower-case
 * subjects keep their names), every other character, upper-case letters and {@code _} included,
 * becomes {@code _} and two hex digits per UTF-8 byte. {@code 00uAnn} and {@code 00uann} never
 * share a name.
 */
public final class AccountName {

    private static final char ESCAPE = '_';
    private static final String HEX = "0123456789abcdef";

    private AccountName() {
    }

    public static String of(String teamId, String subject) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("the identity provider sent no subject");
        }
        StringBuilder name = new StringBuilder(teamId).append('.');
        for (byte b : subject.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (isKept(c)) {
                name.append(c);
            } else {
                name.append(ESCAPE).append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
            }
        }
        return name.toString();
    }

    /** The subject a name of this team encodes; empty when it is not such a name. */
    public static Optional<String> subjectOf(String teamId, String username) {
        String prefix = teamId + ".";
        if (username == null || !username.startsWith(prefix) || username.length() == prefix.length()) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String encoded = username.substring(prefix.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == ESCAPE && i + 2 < encoded.length() && HEX.indexOf(encoded.charAt(i + 1)) >= 0
                    && HEX.indexOf(encoded.charAt(i + 2)) >= 0) {
                bytes.write(HEX.indexOf(encoded.charAt(i + 1)) * 16 + HEX.indexOf(encoded.charAt(i + 2)));
                i += 2;
            } else if (isKept(c)) {
                bytes.write(c);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }

    private static boolean isKept(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '@' || c == '+' || c == '-';
    }
}
