package dev.teamsso.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The repeats of one cell (database, team count, scenario, concurrency) reduced to medians, and
 * the spread of their throughput: the band {@code [min, max]} the repeats fell in.
 */
record CellSummary(String database, Scenario scenario, int teams, int concurrency, List<CellResult> repeats) {

    /** Groups cells by database, team count, scenario and concurrency, in the order first measured. */
    static List<CellSummary> of(List<CellResult> cells) {
        Map<List<Object>, List<CellResult>> groups = new LinkedHashMap<>();
        for (CellResult cell : cells) {
            groups.computeIfAbsent(List.of(cell.database(), cell.teams(), cell.scenario(), cell.concurrency()),
                    key -> new ArrayList<>()).add(cell);
        }
        return groups.values().stream()
                .map(group -> new CellSummary(group.get(0).database(), group.get(0).scenario(), group.get(0).teams(),
                        group.get(0).concurrency(), List.copyOf(group)))
                .toList();
    }

    double perSecond() {
        return median(CellResult::perSecond);
    }

    double minPerSecond() {
        return repeats.stream().mapToDouble(CellResult::perSecond).min().orElse(Double.NaN);
    }

    double maxPerSecond() {
        return repeats.stream().mapToDouble(CellResult::perSecond).max().orElse(Double.NaN);
    }

    /** (max − min) ÷ median of the repeats' throughput, in percent. */
    double spreadPercent() {
        return 100 * (maxPerSecond() - minPerSecond()) / perSecond();
    }

    double median(ToDoubleFunction<CellResult> value) {
        double[] values = repeats.stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    int signIns() {
        return repeats.stream().mapToInt(CellResult::successes).sum();
    }

    int ourErrors() {
        return repeats.stream().mapToInt(CellResult::ourErrors).sum();
    }

    int standInErrors() {
        return repeats.stream().mapToInt(CellResult::standInErrors).sum();
    }

    /**
     * Whether the two cells cannot be told apart: their throughput bands overlap. With one
     * repeat the band is a point, and only equal cells are within noise of each other.
     */
    boolean withinNoiseOf(CellSummary other) {
        return minPerSecond() <= other.maxPerSecond() && other.minPerSecond() <= maxPerSecond();
    }

    /** The letters of the other paths measured at the same database, teams and concurrency that are within noise of this one. */
    String withinNoiseAmong(List<CellSummary> all) {
        String peers = all.stream()
                .filter(other -> other != this && other.database.equals(database) && other.teams == teams
                        && other.concurrency == concurrency && withinNoiseOf(other))
                .map(other -> other.scenario.letter())
                .collect(Collectors.joining(", "));
        return peers.isEmpty() ? "none" : peers;
    }

    /** The repeats' throughputs, as measured, for the report. */
    String repeatsText() {
        return Arrays.stream(repeats.stream().mapToDouble(CellResult::perSecond).toArray())
                .mapToObj(v -> String.format(java.util.Locale.ROOT, "%.1f", v))
                .collect(Collectors.joining(" / "));
    }
}
