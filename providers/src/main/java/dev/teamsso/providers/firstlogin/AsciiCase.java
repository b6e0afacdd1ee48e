package dev.teamsso.providers.firstlogin;

import java.util.Optional;

/**
 * Case folding of ASCII letters only. {@code String.toLowerCase} folds some non-ASCII letters
 * onto ASCII ones (the Kelvin sign U+212A becomes {@code k}), so an email typed with look-alike
 * letters would equal a real one; here any non-ASCII character means "no folded form".
 */
final class AsciiCase {

    private AsciiCase() {
    }

    /** The value with {@code A-Z} lowered, or empty if it has any character outside ASCII. */
    static Optional<String> fold(String value) {
        StringBuilder folded = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0x7f) {
                return Optional.empty();
            }
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return Optional.of(folded.toString());
    }
}
