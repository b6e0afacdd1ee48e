package dev.teamsso.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The targets, as ratios of cells measured in the same run. */
final class Targets {

    static final int REFERENCE_CONCURRENCY = 4;

    private Targets() {
    }

    static List<String> evaluate(List<CellResult> cells) {
        List<String> lines = new ArrayList<>();
        int fewest = cells.stream().mapToInt(CellResult::teams).min().orElse(1);
        int most = cells.stream().mapToInt(CellResult::teams).max().orElse(1);
        int concurrency = cells.stream().anyMatch(c -> c.concurrency() == REFERENCE_CONCURRENCY) ? REFERENCE_CONCURRENCY
                : cells.stream().mapToInt(CellResult::concurrency).max().orElse(1);
        Optional<CellResult> a = find(cells, Scenario.PASSWORD, fewest, concurrency);
        Optional<CellResult> b = find(cells, Scenario.CORPORATE_SSO, fewest, concurrency);
        Optional<CellResult> c = find(cells, Scenario.IDP_HINT, fewest, concurrency);
        Optional<CellResult> d = find(cells, Scenario.FIRST_SIGN_IN, fewest, concurrency);
        Optional<CellResult> bMost = find(cells, Scenario.CORPORATE_SSO, most, concurrency);
        String at = " (concurrency " + concurrency + ", " + fewest + " team" + (fewest == 1 ? "" : "s") + ")";
        if (b.isPresent() && c.isPresent()) {
            lines.add(ratio("(b) Corporate SSO / (c) kc_idp_hint throughput" + at, b.get().perSecond() / c.get().perSecond(), 0.90));
        }
        if (b.isPresent() && a.isPresent()) {
            lines.add(ratio("(b) Corporate SSO / (a) password throughput" + at, b.get().perSecond() / a.get().perSecond(), 4.0));
        }
        if (d.isPresent() && c.isPresent()) {
            lines.add(ratio("(d) first sign-in / (c) kc_idp_hint throughput" + at, d.get().perSecond() / c.get().perSecond(), 0.60));
            lines.add(String.format("(d) first sign-in p95%s: %.0f ms (target < 150 ms): %s", at, d.get().latency().p95(),
                    d.get().latency().p95() < 150 ? "met" : "MISSED"));
        }
        if (b.isPresent() && bMost.isPresent() && most != fewest) {
            lines.add(ratio("(b) Corporate SSO throughput, " + most + " teams / " + fewest + " team (concurrency " + concurrency + ")",
                    bMost.get().perSecond() / b.get().perSecond(), 0.90));
        }
        int ours = cells.stream().mapToInt(CellResult::ourErrors).sum();
        int standIn = cells.stream().mapToInt(CellResult::standInErrors).sum();
        lines.add(String.format("errors of ours in all cells: %d (target 0): %s; failures of the Okta stand-in, not counted: %d",
                ours, ours == 0 ? "met" : "MISSED", standIn));
        return lines;
    }

    private static String ratio(String what, double value, double atLeast) {
        return String.format("%s: %.2f (target at least %.2f): %s", what, value, atLeast, value >= atLeast ? "met" : "MISSED");
    }

    private static Optional<CellResult> find(List<CellResult> cells, Scenario scenario, int teams, int concurrency) {
        return cells.stream()
                .filter(cell -> cell.scenario() == scenario && cell.teams() == teams && cell.concurrency() == concurrency)
                .findFirst();
    }
}
