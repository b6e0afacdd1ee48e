package dev.teamsso.bench;

/**
 * One measured cell: a scenario at a team count and a concurrency, one of its repeats.
 *
 * @param database        the database Keycloak ran on ({@code h2} or {@code postgres})
 * @param repeat          which repeat (1-based); repeats of all cells are interleaved
 * @param standInErrors   failures the Okta stand-in caused (it lost a pending request), not ours
 * @param keycloakCpuMs   Keycloak's CPU per successful sign-in, or NaN when unknown
 * @param benchCpuMs      this JVM's CPU (load generator plus the in-process Okta stand-in) per sign-in
 * @param load            the machine during the cell: load average at its end, busy and others' share of all cores
 */
record CellResult(String database, int repeat, Scenario scenario, int teams, int concurrency, int successes, int errors,
                  int standInErrors, double seconds, Percentiles latency, double keycloakCpuMs, double benchCpuMs, Load load) {

    double perSecond() {
        return seconds <= 0 ? 0 : successes / seconds;
    }

    /** Failures that are ours: all failures less those the stand-in caused. */
    int ourErrors() {
        return errors - standInErrors;
    }

    /**
     * @param loadAverage   1-minute load average at the end of the cell
     * @param busyPercent   all cores' busy share during the cell
     * @param othersPercent the part of that which was neither Keycloak nor the benchmark JVM (other people's work)
     */
    record Load(double loadAverage, double busyPercent, double othersPercent) {
    }
}
