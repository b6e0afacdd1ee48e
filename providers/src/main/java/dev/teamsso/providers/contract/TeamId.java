package dev.teamsso.providers.contract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Team ID: the team's Okta subdomain ({@code acme}), or subdomain and group
 * ({@code acme-eng}) when several teams share one Okta. Lower-case letters and digits in
 * dash-separated words, starting with a letter, at most 63 characters.
 */
public record TeamId(String value) {

    public static final int MAX_LENGTH = 63;
    public static final Pattern FORMAT = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");

    /**
     * Well-formed words that can never be a Team ID because a path under {@code /teams/} already
     * uses them: {@code setup} is the self-service set-up page ({@code /teams/setup/{token}}).
     */
    public static final Set<String> RESERVED = Set.of(TeamContract.SETUP_PATH);

    public TeamId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a Team ID: " + value);
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && candidate.length() <= MAX_LENGTH && FORMAT.matcher(candidate).matches()
                && !RESERVED.contains(candidate);
    }

    /** Whether this well-formed word is taken by one of our paths (see {@link #RESERVED}). */
    public static boolean isReserved(String candidate) {
        return RESERVED.contains(candidate);
    }

    /**
     * The Team ID someone probably meant ({@code " Acme_Corp "} → {@code acme-corp}), or empty
     * when no valid ID can be made from the input.
     */
    public static Optional<String> suggestFor(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String suggestion = input.trim().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^[-0-9]+", "")
                .replaceAll("-+$", "");
        if (suggestion.length() > MAX_LENGTH) {
            suggestion = suggestion.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return isValid(suggestion) ? Optional.of(suggestion) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
