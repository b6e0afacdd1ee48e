package dev.teamsso.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.teamsso.testing.KeycloakServer;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one scenario at one concurrency: a warm-up that is thrown away, then a measured phase
 * that ends after {@code measure} or {@code maxSignIns} sign-ins, whichever comes first.
 */
final class LoadRun {

    private static final int MAX_REASONS = 3;

    private final BenchFixture fixture;
    private final Duration warmup;
    private final Duration measure;
    private final int maxSignIns;
    private final LogCounter standInFailures;
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    LoadRun(BenchFixture fixture, Duration warmup, Duration measure, int maxSignIns) {
        this.fixture = fixture;
        this.warmup = warmup;
        this.measure = measure;
        this.maxSignIns = maxSignIns;
        this.standInFailures = new LogCounter(fixture.stack().keycloak().logFile(), LogCounter.STAND_IN_LOST_REQUEST);
    }

    /** One cell, with the scenario's realm setting changed for its duration (and put back even if it fails). */
    CellResult run(Scenario scenario, int concurrency, String database, int repeat) throws Exception {
        scenario.setting().apply(fixture.stack().realm(), BenchFixture.TEAM);
        try {
            return measure(scenario, concurrency, database, repeat);
        } finally {
            scenario.setting().restore(fixture.stack().realm(), BenchFixture.TEAM);
        }
    }

    private CellResult measure(Scenario scenario, int concurrency, String database, int repeat) throws Exception {
        if (!warmup.isZero()) {
            phase(scenario, concurrency, warmup, Integer.MAX_VALUE);
        }
        standInFailures.sinceLast();
        KeycloakServer keycloak = fixture.stack().keycloak();
        Duration keycloakCpuBefore = keycloak.cpuTime().orElse(null);
        long benchCpuBefore = os.getProcessCpuTime();
        MachineLoad machineBefore = MachineLoad.now();
        long started = System.nanoTime();
        Phase measured = phase(scenario, concurrency, measure, maxSignIns);
        double seconds = (System.nanoTime() - started) / 1e9;
        MachineLoad machineAfter = MachineLoad.now();
        long benchCpu = os.getProcessCpuTime() - benchCpuBefore;
        double keycloakCpu = keycloakCpuBefore == null ? Double.NaN
                : keycloak.cpuTime().orElseThrow().minus(keycloakCpuBefore).toNanos();
        int signIns = Math.max(1, measured.successes());
        double busy = machineAfter.busyPercentSince(machineBefore);
        double ours = machineAfter.percentOfMachine((Double.isNaN(keycloakCpu) ? 0 : keycloakCpu) + benchCpu, machineBefore);
        int standIn = scenario.isBrokered() ? Math.min(measured.errors(), standInFailures.sinceLast()) : 0;
        return new CellResult(database, repeat, scenario, fixture.teamCount(), concurrency, measured.successes(), measured.errors(),
                standIn, seconds, Percentiles.of(measured.latencies()), keycloakCpu / 1e6 / signIns, benchCpu / 1e6 / signIns,
                new CellResult.Load(machineAfter.loadAverage(), busy, Math.max(0, busy - ours)));
    }

    private Phase phase(Scenario scenario, int concurrency, Duration length, int cap) throws Exception {
        long deadline = System.nanoTime() + length.toNanos();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Set<String> reasons = ConcurrentHashMap.newKeySet();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int worker = 0; worker < concurrency; worker++) {
                results.add(workers.submit(() -> {
                    List<Long> latencies = new ArrayList<>();
                    while (System.nanoTime() < deadline && started.incrementAndGet() <= cap) {
                        long begin = System.nanoTime();
                        try {
                            fixture.signIn(scenario);
                            latencies.add(System.nanoTime() - begin);
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                            if (reasons.size() < MAX_REASONS) {
                                reasons.add(String.valueOf(e.getMessage()).replaceAll("[?&](session_code|code|state|tab_id|client_data|execution)=[^&\\s]*", ""));
                            }
                        }
                    }
                    return latencies;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get());
            }
            reasons.forEach(reason -> System.out.printf("    failure (%s): %s%n", scenario.key(), reason));
            return new Phase(all.stream().mapToLong(Long::longValue).toArray(), errors.get());
        } finally {
            workers.shutdownNow();
        }
    }

    private record Phase(long[] latencies, int errors) {
        int successes() {
            return latencies.length;
        }
    }
}
