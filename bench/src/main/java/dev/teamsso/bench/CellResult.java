package dev.teamsso.bench;

/**
 * One measured cell: a scenario at a team count and a concurrency.
 *
 * @param standInErrors   failures the Okta stand-in caused (it lost a pending request), not ours
 * @param keycloakCpuMs   Keycloak's CPU per successful sign-in, or NaN when unknown
 * @param benchCpuMs      this JVM's CPU (load generator plus the in-process Okta stand-in) per sign-in
 */
record CellResult(Scenario scenario, int teams, int concurrency, int successes, int errors, int standInErrors,
                  double seconds, Percentiles latency, double keycloakCpuMs, double benchCpuMs) {

    double perSecond() {
        return seconds <= 0 ? 0 : successes / seconds;
    }

    /** Failures that are ours: all failures less those the stand-in caused. */
    int ourErrors() {
        return errors - standInErrors;
    }
}
