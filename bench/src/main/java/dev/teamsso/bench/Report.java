package dev.teamsso.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes a run's results: a markdown report (also printed), a CSV of every cell, and an SVG chart. */
final class Report {

    private final String machine;
    private final List<CellResult> cells;
    private final List<PageTiming> pages;

    Report(String machine, List<CellResult> cells, List<PageTiming> pages) {
        this.machine = machine;
        this.cells = List.copyOf(cells);
        this.pages = List.copyOf(pages);
    }

    void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.md"), markdown());
        Files.writeString(dir.resolve("results.csv"), csv());
        Files.writeString(dir.resolve("chart.svg"), new Chart(cells).svg());
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Team SSO sign-in benchmark\n\n").append(machine).append("\n\n");
        md.append("## Targets (ratios of cells measured side by side in this run)\n\n");
        Targets.evaluate(cells).forEach(line -> md.append("- ").append(line).append('\n'));
        md.append("\n## Sign-ins (complete flows, code exchanged for checked tokens)\n\n")
                .append("| teams | scenario | concurrency | sign-ins/s | p50 ms | p95 ms | p99 ms | sign-ins | errors (ours) | stand-in failures | Keycloak CPU ms/sign-in | bench JVM CPU ms/sign-in |\n")
                .append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (CellResult cell : cells) {
            md.append(String.format(Locale.ROOT, "| %d | (%s) %s | %d | %.1f | %.1f | %.1f | %.1f | %d | %d | %d | %.1f | %.1f |%n",
                    cell.teams(), cell.scenario().letter(), cell.scenario().key(), cell.concurrency(), cell.perSecond(),
                    cell.latency().p50(), cell.latency().p95(), cell.latency().p99(), cell.successes(), cell.ourErrors(),
                    cell.standInErrors(), cell.keycloakCpuMs(), cell.benchCpuMs()));
        }
        md.append("\nScenarios:\n");
        for (Scenario scenario : Scenario.values()) {
            md.append("- (").append(scenario.letter()).append(") `").append(scenario.key()).append("`: ")
                    .append(scenario.description()).append('\n');
        }
        md.append("\n## Pages (sequential, one fresh browser each)\n\n")
                .append("| teams | login page p50 / p95 ms | login page bytes | Team ID page p50 / p95 ms | Team ID page bytes | Team ID → Okta redirect p50 / p95 ms |\n")
                .append("|---:|---:|---:|---:|---:|---:|\n");
        for (PageTiming page : pages) {
            md.append(String.format(Locale.ROOT, "| %d | %.1f / %.1f | %d | %.1f / %.1f | %d | %.1f / %.1f |%n", page.teams(),
                    page.loginPage().p50(), page.loginPage().p95(), page.loginPageBytes(), page.teamIdPage().p50(),
                    page.teamIdPage().p95(), page.teamIdPageBytes(), page.redirect().p50(), page.redirect().p95()));
        }
        return md.toString();
    }

    String csv() {
        StringBuilder csv = new StringBuilder("teams,scenario,concurrency,sign_ins_per_s,p50_ms,p95_ms,p99_ms,sign_ins,errors_ours,"
                + "stand_in_failures,keycloak_cpu_ms_per_sign_in,bench_cpu_ms_per_sign_in\n");
        for (CellResult cell : cells) {
            csv.append(String.format(Locale.ROOT, "%d,%s,%d,%.2f,%.2f,%.2f,%.2f,%d,%d,%d,%.2f,%.2f%n", cell.teams(),
                    cell.scenario().key(), cell.concurrency(), cell.perSecond(), cell.latency().p50(), cell.latency().p95(),
                    cell.latency().p99(), cell.successes(), cell.ourErrors(), cell.standInErrors(), cell.keycloakCpuMs(),
                    cell.benchCpuMs()));
        }
        return csv.toString();
    }
}
