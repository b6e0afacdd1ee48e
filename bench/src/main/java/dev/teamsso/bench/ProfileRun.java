package dev.teamsso.bench;

import dev.teamsso.testing.KeycloakServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where one path's time goes: sign-ins one after the other (no queueing), each hop timed,
 * Keycloak's CPU and the database work per sign-in counted, and for the chosen paths a JFR
 * recording of Keycloak summed up.
 */
final class ProfileRun {

    /**
     * Unmeasured sign-ins of the same path right before its profile. Without them the first
     * profiled paths paid for the JIT compiler and the caches (their Keycloak CPU per sign-in
     * came out 2-7 times the load cells').
     */
    static final int WARMUP_SIGN_INS = 20;

    private final BenchFixture fixture;
    private final DbCounters database;
    private final StatementCounts statements;
    private final int signIns;
    private final Set<Scenario> recorded;
    private final Path recordings;

    ProfileRun(BenchFixture fixture, DbCounters database, StatementCounts statements, int signIns, Set<Scenario> recorded,
               Path recordings) {
        this.fixture = fixture;
        this.database = database;
        this.statements = statements;
        this.signIns = signIns;
        this.recorded = recorded;
        this.recordings = recordings;
    }

    /** What {@link #run} found for one path on one database. */
    record Profile(String database, Scenario scenario, int teams, HopTimes hops, int failures, double keycloakCpuMs,
                   Map<String, Double> cpuByThreadMs, Map<String, Double> dbPerSignIn,
                   List<Map.Entry<String, Double>> statementsPerSignIn, JfrSummary jfr) {
    }

    Profile run(Scenario scenario, String databaseName) throws Exception {
        KeycloakServer keycloak = fixture.stack().keycloak();
        HopTimes hops = new HopTimes(fixture.stack().okta().baseUrl());
        scenario.setting().apply(fixture.stack().realm(), BenchFixture.TEAM);
        JfrProfile jfr = null;
        try {
            for (int i = 0; i < WARMUP_SIGN_INS; i++) {
                try {
                    fixture.signIn(scenario);
                } catch (RuntimeException e) {
                    System.out.printf("    profile warm-up failure (%s): %s%n", scenario.key(), e.getMessage());
                }
            }
            long pid = keycloak.javaProcess().map(ProcessHandle::pid).orElse(-1L);
            if (recorded.contains(scenario) && pid > 0) {
                jfr = JfrProfile.start(pid, "bench-" + scenario.letter(),
                        recordings.resolve(databaseName + "-" + scenario.letter() + "-" + scenario.key().replace('/', '-') + ".jfr"));
            }
            Map<String, Double> dbBefore = database.snapshot();
            Map<String, Long> statementsBefore = statements.snapshot();
            Duration cpuBefore = keycloak.cpuTime().orElse(null);
            Map<String, ThreadCpu.ThreadTime> threadsBefore = ThreadCpu.snapshot(pid);
            int failures = 0;
            for (int i = 0; i < signIns; i++) {
                try {
                    fixture.signIn(scenario, hops);
                    hops.signInDone();
                } catch (RuntimeException e) {
                    failures++;
                    hops.signInFailed();
                    System.out.printf("    profile failure (%s): %s%n", scenario.key(), e.getMessage());
                }
            }
            double cpu = cpuBefore == null ? Double.NaN
                    : keycloak.cpuTime().orElseThrow().minus(cpuBefore).toNanos() / 1e6 / Math.max(1, signIns);
            Map<String, Double> cpuByThread = ThreadCpu.perSignIn(threadsBefore, ThreadCpu.snapshot(pid), cpu * signIns, signIns);
            JfrSummary summary = jfr == null ? null : JfrSummary.read(jfr.stop());
            jfr = null;
            database.settle();
            Map<String, Double> perSignIn = DbCounters.perSignIn(dbBefore, database.snapshot(), signIns);
            List<Map.Entry<String, Double>> statementsPerSignIn = StatementCounts.perSignIn(statementsBefore, statements.snapshot(), signIns);
            return new Profile(databaseName, scenario, fixture.teamCount(), hops, failures, cpu, cpuByThread, perSignIn,
                    statementsPerSignIn, summary);
        } finally {
            if (jfr != null) {
                jfr.stop();
            }
            scenario.setting().restore(fixture.stack().realm(), BenchFixture.TEAM);
        }
    }
}
