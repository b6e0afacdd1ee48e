package dev.teamsso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsTest {

    @Test
    void comparesCellsOfTheSameRunAtConcurrencyFour() {
        List<CellResult> cells = List.of(
                cell(Scenario.PASSWORD, 1, 4, 30, 0), cell(Scenario.CORPORATE_SSO, 1, 4, 150, 0),
                cell(Scenario.IDP_HINT, 1, 4, 160, 0), cell(Scenario.FIRST_SIGN_IN, 1, 4, 90, 0),
                cell(Scenario.CORPORATE_SSO, 10000, 4, 140, 0), cell(Scenario.CORPORATE_SSO, 1, 16, 10, 0));

        List<String> lines = Targets.evaluate(cells);

        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("(b) Corporate SSO / (c) kc_idp_hint throughput")
                .contains("0.94", "met"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("/ (a) password", "5.00", "met"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("(d) first sign-in / (c)", "0.56", "MISSED"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("10000 teams / 1 team", "0.93", "met"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("errors of ours in all cells: 0"));
    }

    @Test
    void standInFailuresAreNotOurErrors() {
        List<String> lines = Targets.evaluate(List.of(cell(Scenario.IDP_HINT, 1, 4, 100, 2)));

        assertThat(lines).anySatisfy(line -> assertThat(line).contains("errors of ours in all cells: 0", "not counted: 2"));
    }

    private static CellResult cell(Scenario scenario, int teams, int concurrency, int perSecond, int standInErrors) {
        return new CellResult(scenario, teams, concurrency, perSecond * 10, standInErrors, standInErrors, 10.0,
                new Percentiles(10, 20, 30, perSecond * 10), 7.0, 3.0);
    }
}
