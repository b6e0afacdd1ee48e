package dev.teamsso.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The whole machine's CPU counters ({@code /proc/stat}) and load average ({@code /proc/loadavg}),
 * so each cell can say how busy the machine was and how much of that was not the benchmark's.
 *
 * @param busyNanos  CPU time all cores spent not idle, since boot
 * @param totalNanos CPU time of all cores, idle included, since boot
 */
record MachineLoad(double busyNanos, double totalNanos, double loadAverage) {

    private static final double NANOS_PER_TICK = 1e9 / 100; // USER_HZ is 100 on Linux

    static MachineLoad now() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
            long[] ticks = Arrays.stream(cpu.trim().split("\\s+")).skip(1).limit(8).mapToLong(Long::parseLong).toArray();
            long total = Arrays.stream(ticks).sum();
            long idle = ticks[3] + ticks[4];
            double load = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
            return new MachineLoad((total - idle) * NANOS_PER_TICK, total * NANOS_PER_TICK, load);
        } catch (IOException | RuntimeException e) {
            return new MachineLoad(Double.NaN, Double.NaN, Double.NaN);
        }
    }

    /** Percent of all cores busy between {@code earlier} and now. */
    double busyPercentSince(MachineLoad earlier) {
        return 100 * (busyNanos - earlier.busyNanos) / (totalNanos - earlier.totalNanos);
    }

    /** Percent of all cores that {@code ourNanos} of CPU (Keycloak plus the benchmark JVM) were, between {@code earlier} and now. */
    double percentOfMachine(double ourNanos, MachineLoad earlier) {
        return 100 * ourNanos / (totalNanos - earlier.totalNanos);
    }
}
