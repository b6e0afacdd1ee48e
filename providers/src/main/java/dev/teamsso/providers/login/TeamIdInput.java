package dev.teamsso.providers.login;

import dev.teamsso.providers.team.TeamId;
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
        return new TeamIdInput(text.strip().toLowerCase(Locale.ROOT));
    }

    boolean isEmpty() {
        return normalized.isEmpty();
    }

    boolean isWellFormed() {
        return TeamId.isValid(normalized);
    }
}
