package dev.teamsso.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of latencies, in milliseconds. */
record Percentiles(double p50, double p95, double p99, int count) {

    static final Percentiles NONE = new Percentiles(Double.NaN, Double.NaN, Double.NaN, 0);

    static Percentiles of(long[] nanos) {
        if (nanos.length == 0) {
            return NONE;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted.length);
    }

    private static double rank(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
    }
}
