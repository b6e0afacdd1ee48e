package dev.teamsso.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a run's results: a markdown report (also printed), a CSV of every repeat of every cell,
 * and an SVG chart of the first database's medians.
 */
final class Report {

    private final String heading;
    private final String machine;
    private final List<CellResult> cells;
    private final List<CellSummary> summaries;
    private final List<PageTiming> pages;
    private final List<ProfileRun.Profile> profiles;

    Report(String heading, String machine, List<CellResult> cells, List<PageTiming> pages, List<ProfileRun.Profile> profiles) {
        this.heading = heading;
        this.machine = machine;
        this.cells = List.copyOf(cells);
        this.summaries = CellSummary.of(cells);
        this.pages = List.copyOf(pages);
        this.profiles = List.copyOf(profiles);
    }

    void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.md"), markdown());
        Files.writeString(dir.resolve("results.csv"), csv());
        String first = summaries.isEmpty() ? "" : summaries.get(0).database();
        Files.writeString(dir.resolve("chart.svg"), new Chart(summaries.stream().filter(s -> s.database().equals(first)).toList()).svg());
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# ").append(heading).append("\n\n").append(machine).append("\n\n");
        for (String database : summaries.stream().map(CellSummary::database).distinct().toList()) {
            List<CellSummary> ofDatabase = summaries.stream().filter(s -> s.database().equals(database)).toList();
            md.append("## Targets on ").append(database).append(" (medians of the repeats, cells of this run)\n\n")
                    .append("| target | teams | concurrency | measured | at least | verdict |\n|---|---:|---:|---:|---:|---|\n");
            for (Targets.Verdict verdict : Targets.evaluate(ofDatabase)) {
                md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %s |%n", verdict.target(), verdict.teams(),
                        verdict.concurrency(), verdict.value(), verdict.atLeast(), verdict.text()));
            }
            md.append("\n").append(Targets.errors(ofDatabase)).append("\n\n");
        }
        md.append("## Sign-ins (complete flows, code exchanged for checked tokens; median of the repeats)\n\n")
                .append("| db | teams | scenario | conc. | sign-ins/s | repeats | spread % | within noise of | p50 ms | p95 ms | p99 ms "
                        + "| Keycloak CPU ms/sign-in | bench JVM CPU ms/sign-in | sign-ins | errors (ours) | stand-in failures "
                        + "| load avg | machine busy % | others' CPU % |\n")
                .append("|---|---:|---|---:|---:|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (CellSummary cell : summaries) {
            md.append(String.format(Locale.ROOT, "| %s | %d | (%s) %s | %d | %.1f | %s | %.0f | %s | %.1f | %.1f | %.1f | %.1f | %.1f "
                            + "| %d | %d | %d | %.2f | %.0f | %.0f |%n",
                    cell.database(), cell.teams(), cell.scenario().letter(), cell.scenario().key(), cell.concurrency(),
                    cell.perSecond(), cell.repeatsText(), cell.spreadPercent(), cell.withinNoiseAmong(summaries),
                    cell.median(r -> r.latency().p50()), cell.median(r -> r.latency().p95()), cell.median(r -> r.latency().p99()),
                    cell.median(CellResult::keycloakCpuMs), cell.median(CellResult::benchCpuMs), cell.signIns(), cell.ourErrors(),
                    cell.standInErrors(), cell.median(r -> r.load().loadAverage()), cell.median(r -> r.load().busyPercent()),
                    cell.median(r -> r.load().othersPercent())));
        }
        md.append("\nScenarios:\n");
        for (Scenario scenario : Scenario.values()) {
            md.append("- (").append(scenario.letter()).append(") `").append(scenario.key()).append("`: ")
                    .append(scenario.description()).append('\n');
        }
        md.append(new ProfileReport(profiles).markdown());
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
        StringBuilder csv = new StringBuilder("database,teams,scenario,concurrency,repeat,sign_ins_per_s,p50_ms,p95_ms,p99_ms,sign_ins,"
                + "errors_ours,stand_in_failures,keycloak_cpu_ms_per_sign_in,bench_cpu_ms_per_sign_in,load_average,machine_busy_percent,"
                + "others_cpu_percent\n");
        for (CellResult cell : cells) {
            csv.append(String.format(Locale.ROOT, "%s,%d,%s,%d,%d,%.2f,%.2f,%.2f,%.2f,%d,%d,%d,%.2f,%.2f,%.2f,%.1f,%.1f%n",
                    cell.database(), cell.teams(), cell.scenario().key(), cell.concurrency(), cell.repeat(), cell.perSecond(),
                    cell.latency().p50(), cell.latency().p95(), cell.latency().p99(), cell.successes(), cell.ourErrors(),
                    cell.standInErrors(), cell.keycloakCpuMs(), cell.benchCpuMs(), cell.load().loadAverage(),
                    cell.load().busyPercent(), cell.load().othersPercent()));
        }
        return csv.toString();
    }
}
