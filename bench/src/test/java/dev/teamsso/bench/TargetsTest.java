package dev.teamsso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsTest {

    @Test
    void comparesMediansOfTheRepeatsOfCellsOfTheSameRun() {
        List<CellResult> cells = new ArrayList<>();
        cells.addAll(repeats(Scenario.CORPORATE_SSO, 1, 4, 8.0, 90, 100, 110));
        cells.addAll(repeats(Scenario.IDP_HINT, 1, 4, 6.0, 120, 125, 130));
        cells.addAll(repeats(Scenario.IDENTITY_FIRST, 1, 4, 10.0, 80, 95, 99));
        cells.addAll(repeats(Scenario.STOCK_REALM, 1, 4, 4.0, 200, 200, 200));
        cells.addAll(repeats(Scenario.CORPORATE_SSO, 10000, 4, 8.0, 85, 85, 85));

        List<Targets.Verdict> verdicts = Targets.evaluate(CellSummary.of(cells));

        Targets.Verdict bc = verdict(verdicts, "(b) ≥ 0.85 × (c)", 1);
        assertThat(bc.value()).isEqualTo(100.0 / 125);
        assertThat(bc.text()).isEqualTo("MISSED (within noise)");
        Targets.Verdict bf = verdict(verdicts, "(b) Corporate SSO ≥ (f)", 1);
        assertThat(bf.met()).isTrue();
        assertThat(bf.withinNoise()).isTrue();
        assertThat(verdict(verdicts, "(b) ≤ (f), Keycloak CPU", 1).value()).isEqualTo(10.0 / 8.0);
        Targets.Verdict stock = verdict(verdicts, "our realm (c) within 1.5× of stock realm (s)", 1);
        assertThat(stock.value()).isEqualTo(125.0 / 200);
        assertThat(stock.text()).isEqualTo("MISSED");
        assertThat(verdict(verdicts, "(b) 10000 teams within 10% of 1", 10000).value()).isEqualTo(0.85);
    }

    @Test
    void standInFailuresAreNotOurErrors() {
        List<CellResult> cells = List.of(cell(Scenario.IDP_HINT, 1, 4, 1, 100, 6.0, 2));

        assertThat(Targets.errors(CellSummary.of(cells))).contains("errors of ours in all cells: 0", "not counted: 2");
    }

    @Test
    void cellsWhoseRepeatsOverlapAreWithinNoise() {
        List<CellSummary> summaries = CellSummary.of(List.of(
                cell(Scenario.CORPORATE_SSO, 1, 4, 1, 100, 8, 0), cell(Scenario.CORPORATE_SSO, 1, 4, 2, 120, 8, 0),
                cell(Scenario.IDP_HINT, 1, 4, 1, 115, 6, 0), cell(Scenario.IDP_HINT, 1, 4, 2, 140, 6, 0),
                cell(Scenario.STOCK_REALM, 1, 4, 1, 150, 4, 0)));

        assertThat(summaries.get(0).withinNoiseAmong(summaries)).isEqualTo("c");
        assertThat(summaries.get(2).withinNoiseAmong(summaries)).isEqualTo("none");
        assertThat(summaries.get(0).spreadPercent()).isEqualTo(100.0 * 20 / 110);
    }

    private static Targets.Verdict verdict(List<Targets.Verdict> verdicts, String prefix, int teams) {
        return verdicts.stream().filter(v -> v.target().startsWith(prefix) && v.teams() == teams).findFirst().orElseThrow();
    }

    private static List<CellResult> repeats(Scenario scenario, int teams, int concurrency, double cpu, int... perSecond) {
        List<CellResult> cells = new ArrayList<>();
        for (int i = 0; i < perSecond.length; i++) {
            cells.add(cell(scenario, teams, concurrency, i + 1, perSecond[i], cpu, 0));
        }
        return cells;
    }

    private static CellResult cell(Scenario scenario, int teams, int concurrency, int repeat, int perSecond, double cpu,
                                   int standInErrors) {
        return new CellResult("h2", repeat, scenario, teams, concurrency, perSecond * 10, standInErrors, standInErrors, 10.0,
                new Percentiles(10, 20, 30, perSecond * 10), cpu, 3.0, new CellResult.Load(1.0, 50, 5));
    }
}
