package dev.teamsso.providers.login;

import dev.teamsso.providers.contract.TeamId;
import java.util.Locale;

/** What a person typed as Team ID, trimmed and lower-cased; at most a few hundred characters are kept. */
record TeamIdInput(String normalized) {

    /** Longer input is cut here before anything else looks at it. */
    static final int MAX_KEPT = 256;

    static TeamIdInput of(String raw) {
        String text = raw == null ? "" : raw;
        if (text.length() > MAX_KEPT) {
            text = text.substring(0, MAX_KEPT);
        }
        String stripped = text.strip();
        // Only ASCII is case-folded: Java maps some non-ASCII letters to ASCII ones (the Kelvin
        // sign to "k"), which would let a look-alike stand for a real Team ID.
        return new TeamIdInput(isAscii(stripped) ? stripped.toLowerCase(Locale.ROOT) : stripped);
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }

    boolean isEmpty() {
        return normalized.isEmpty();
    }

    boolean isWellFormed() {
        return TeamId.isValid(normalized);
    }
}
