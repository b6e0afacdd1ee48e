package dev.teamsso.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * Something a test needs from the machine (a Debian package, a free port). On a laptop without it
 * the test is skipped with the reason; in CI ({@code CI=true}, which {@code .ci/run} sets) a
 * missing prerequisite fails the test, so a broken install step can never turn a suite green.
 */
public final class Prerequisite {

    static final String CI_VARIABLE = "CI";

    private Prerequisite() {
    }

    /** Skips (laptop) or fails (CI) the calling test unless {@code present}. */
    public static void require(boolean present, String reason) {
        require(present, reason, System.getenv(CI_VARIABLE));
    }

    static void require(boolean present, String reason, String ciValue) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(ciValue)) {
            throw new AssertionError("CI=true and a prerequisite is missing: " + reason);
        }
        Assumptions.abort(reason);
    }
}
