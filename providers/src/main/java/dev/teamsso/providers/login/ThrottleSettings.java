package dev.teamsso.providers.login;

import org.keycloak.Config;

/**
 * Server options of the Team ID lookup throttle, set as
 * {@code --spi-authenticator--team-sso-login-form--<name>=<value>}.
 *
 * @param missesPerAttempt misses allowed in one sign-in attempt before its cool-down
 * @param missesPerAddress misses allowed from one client address before its cool-down
 * @param windowSeconds    how long misses are counted, and how long a cool-down lasts
 */
record ThrottleSettings(int missesPerAttempt, int missesPerAddress, int windowSeconds) {

    static final String MISSES_PER_ATTEMPT = "misses-per-attempt";
    static final String MISSES_PER_ADDRESS = "misses-per-address";
    static final String WINDOW_SECONDS = "window-seconds";

    static final ThrottleSettings DEFAULTS = new ThrottleSettings(5, 20, 300);

    ThrottleSettings {
        if (missesPerAttempt < 1 || missesPerAddress < 1 || windowSeconds < 1) {
            throw new IllegalArgumentException("Team ID throttle settings must be at least 1: " + missesPerAttempt
                    + ", " + missesPerAddress + ", " + windowSeconds);
        }
    }

    /** Reads the options; a missing scope or option keeps its default. */
    static ThrottleSettings from(Config.Scope scope) {
        if (scope == null) {
            return DEFAULTS;
        }
        return new ThrottleSettings(
                scope.getInt(MISSES_PER_ATTEMPT, DEFAULTS.missesPerAttempt()),
                scope.getInt(MISSES_PER_ADDRESS, DEFAULTS.missesPerAddress()),
                scope.getInt(WINDOW_SECONDS, DEFAULTS.windowSeconds()));
    }

    long windowMillis() {
        return windowSeconds * 1000L;
    }
}
