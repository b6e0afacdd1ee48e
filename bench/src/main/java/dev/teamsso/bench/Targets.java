package dev.teamsso.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The targets, as ratios of cells measured in the same run (medians of the repeats),
 * at every team count and concurrency measured. A verdict is "within noise" when the repeats'
 * bands of the two cells would give the other verdict.
 */
final class Targets {

    static final int REFERENCE_CONCURRENCY = 4;

    private Targets() {
    }

    /** One target at one team count and concurrency. {@code low} and {@code high} are NaN for CPU ratios. */
    record Verdict(String target, int teams, int concurrency, double value, double atLeast, double low, double high) {

        boolean met() {
            return value >= atLeast;
        }

        boolean withinNoise() {
            return !Double.isNaN(low) && low < atLeast && atLeast <= high;
        }

        String text() {
            return (met() ? "met" : "MISSED") + (withinNoise() ? " (within noise)" : "");
        }
    }

    static List<Verdict> evaluate(List<CellSummary> cells) {
        List<Verdict> verdicts = new ArrayList<>();
        List<Integer> teamCounts = cells.stream().map(CellSummary::teams).distinct().sorted().toList();
        List<Integer> concurrencies = cells.stream().map(CellSummary::concurrency).distinct().sorted().toList();
        for (int teams : teamCounts) {
            for (int c : concurrencies) {
                throughput(verdicts, cells, "(b) Corporate SSO ≥ (f) identity-first, sign-ins/s", Scenario.CORPORATE_SSO, Scenario.IDENTITY_FIRST, teams, c, 1.0);
                cpu(verdicts, cells, "(b) ≤ (f), Keycloak CPU per sign-in ((f) ÷ (b))", Scenario.CORPORATE_SSO, Scenario.IDENTITY_FIRST, teams, c, 1.0);
                throughput(verdicts, cells, "(b) within 10% of (g) IdP button, sign-ins/s", Scenario.CORPORATE_SSO, Scenario.IDP_BUTTON, teams, c, 0.9);
                cpu(verdicts, cells, "(b) within 10% of (g), Keycloak CPU ((g) ÷ (b))", Scenario.CORPORATE_SSO, Scenario.IDP_BUTTON, teams, c, 1 / 1.1);
                throughput(verdicts, cells, "(b) ≥ 0.85 × (c) kc_idp_hint", Scenario.CORPORATE_SSO, Scenario.IDP_HINT, teams, c, 0.85);
                throughput(verdicts, cells, "(d) first sign-in ≥ 0.6 × (c)", Scenario.FIRST_SIGN_IN, Scenario.IDP_HINT, teams, c, 0.6);
                find(cells, Scenario.FIRST_SIGN_IN, teams, c).ifPresent(d -> verdicts.add(new Verdict(
                        "(d) p95 < 150 ms (150 ÷ p95)", teams, c, 150 / d.median(r -> r.latency().p95()), 1.0, Double.NaN, Double.NaN)));
                throughput(verdicts, cells, "(e) Okta-initiated ≥ 0.85 × (c)", Scenario.OKTA_INITIATED, Scenario.IDP_HINT, teams, c, 0.85);
                throughput(verdicts, cells, "our realm (c) within 1.5× of stock realm (s), sign-ins/s", Scenario.IDP_HINT, Scenario.STOCK_REALM, teams, c, 1 / 1.5);
                cpu(verdicts, cells, "our realm (c) within 1.5× of (s), Keycloak CPU ((s) ÷ (c))", Scenario.IDP_HINT, Scenario.STOCK_REALM, teams, c, 1 / 1.5);
            }
        }
        if (teamCounts.size() > 1) {
            int fewest = teamCounts.get(0);
            int most = teamCounts.get(teamCounts.size() - 1);
            for (CellSummary at : cells) {
                if (at.teams() == most) {
                    find(cells, at.scenario(), fewest, at.concurrency()).ifPresent(base -> verdicts.add(ratio(
                            "(" + at.scenario().letter() + ") " + most + " teams within 10% of " + fewest, at, base, 0.9)));
                }
            }
        }
        return verdicts;
    }

    /** Errors of ours in all cells (target 0), and the stand-in's failures, which are not counted. */
    static String errors(List<CellSummary> cells) {
        int ours = cells.stream().mapToInt(CellSummary::ourErrors).sum();
        int standIn = cells.stream().mapToInt(CellSummary::standInErrors).sum();
        return String.format("errors of ours in all cells: %d (target 0): %s; failures of the Okta stand-in, not counted: %d",
                ours, ours == 0 ? "met" : "MISSED", standIn);
    }

    private static void throughput(List<Verdict> verdicts, List<CellSummary> cells, String target, Scenario x, Scenario y,
                                   int teams, int c, double atLeast) {
        Optional<CellSummary> a = find(cells, x, teams, c);
        Optional<CellSummary> b = find(cells, y, teams, c);
        if (a.isPresent() && b.isPresent()) {
            verdicts.add(ratio(target, a.get(), b.get(), atLeast));
        }
    }

    private static Verdict ratio(String target, CellSummary a, CellSummary b, double atLeast) {
        return new Verdict(target, a.teams(), a.concurrency(), a.perSecond() / b.perSecond(), atLeast,
                a.minPerSecond() / b.maxPerSecond(), a.maxPerSecond() / b.minPerSecond());
    }

    /** {@code y}'s CPU per sign-in ÷ {@code x}'s: at least {@code atLeast} when {@code x} costs no more than allowed. */
    private static void cpu(List<Verdict> verdicts, List<CellSummary> cells, String target, Scenario x, Scenario y,
                            int teams, int c, double atLeast) {
        ToDoubleFunction<CellResult> cpu = CellResult::keycloakCpuMs;
        Optional<CellSummary> a = find(cells, x, teams, c);
        Optional<CellSummary> b = find(cells, y, teams, c);
        if (a.isPresent() && b.isPresent()) {
            verdicts.add(new Verdict(target, teams, c, b.get().median(cpu) / a.get().median(cpu), atLeast, Double.NaN, Double.NaN));
        }
    }

    static Optional<CellSummary> find(List<CellSummary> cells, Scenario scenario, int teams, int concurrency) {
        return cells.stream()
                .filter(cell -> cell.scenario() == scenario && cell.teams() == teams && cell.concurrency() == concurrency)
                .findFirst();
    }
}
