package dev.teamsso.bench;

import dev.teamsso.testing.HarnessSettings;
import dev.teamsso.testing.KeycloakServerOptions;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/bench}: complete sign-in flows against a real Keycloak (started here in production
 * mode, or given with {@code --server}) and the Okta stand-in, at several concurrencies and team
 * counts. Prints a markdown report and writes it with a CSV and an SVG chart under {@code --out}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Sign-in throughput and latency of Team SSO, side by side with Keycloak's own paths.")
public final class BenchMain implements Callable<Integer> {

    @Option(names = "--teams", split = ",", description = "team counts to measure at, ascending (default: ${DEFAULT-VALUE})")
    List<Integer> teams = List.of(1, 1000, 10000);

    @Option(names = "--pages-at", split = ",", description = "more team counts at which only the pages are timed (default: ${DEFAULT-VALUE})")
    List<Integer> pagesAt = List.of(5000);

    @Option(names = "--concurrency", split = ",", description = "concurrent sign-ins (default: ${DEFAULT-VALUE})")
    List<Integer> concurrency = List.of(1, 4, 16);

    @Option(names = "--scenarios", split = ",", completionCandidates = Scenario.Letters.class, description = "letters or "
            + "names: ${COMPLETION-CANDIDATES}; b1 and on are the realm-setting variants of (b), measured at concurrency 4 only "
            + "(default: all)")
    List<String> scenarios = Scenario.allLetters();

    @Option(names = "--warmup-seconds", description = "thrown-away warm-up per cell (default: ${DEFAULT-VALUE})")
    int warmupSeconds = 5;

    @Option(names = "--global-warmup-seconds", description = "before the first cell, every scenario runs this long at "
            + "concurrency 4 and is thrown away, so the first cells do not measure a cold server (default: ${DEFAULT-VALUE})")
    int globalWarmupSeconds = 30;

    @Option(names = "--measure-seconds", description = "measured time per cell (default: ${DEFAULT-VALUE})")
    int measureSeconds = 15;

    @Option(names = "--max-sign-ins", description = "stop a cell after this many sign-ins (default: no cap)")
    int maxSignIns = Integer.MAX_VALUE;

    @Option(names = "--page-samples", description = "samples of each page per team count (default: ${DEFAULT-VALUE})")
    int pageSamples = 30;

    @Option(names = "--people", description = "returning people signed in once before (default: ${DEFAULT-VALUE})")
    int people = 100;

    @Option(names = "--local-users", description = "local password users; Keycloak's brute-force protection disables an account "
            + "that signs in many times a second, so keep this well above the concurrency (default: ${DEFAULT-VALUE})")
    int localUsers = 300;

    @Option(names = "--mode", description = "PRODUCTION (kc.sh start, caches on) or DEVELOPMENT (default: ${DEFAULT-VALUE})")
    KeycloakServerOptions.Mode mode = KeycloakServerOptions.Mode.PRODUCTION;

    @Option(names = "--server", description = "benchmark this Keycloak instead of starting one (it must reach the stand-in)")
    String server;

    @Option(names = "--okta-port", description = "the Okta stand-in's port (default: a free one)")
    int oktaPort;

    @Option(names = "--repeats", description = "times each cell is measured; the repeats are interleaved (every cell once, "
            + "then every cell again), and the report gives their median and spread (default: ${DEFAULT-VALUE})")
    int repeats = 3;

    @Option(names = "--databases", split = ",", description = "h2 (embedded dev-file) and/or postgres (a private PostgreSQL with "
            + "pg_stat_statements); each gets its own server and the whole run (default: ${DEFAULT-VALUE})")
    List<String> databases = List.of("h2");

    @Option(names = "--profile-sign-ins", description = "sign-ins per path, one after the other, for the hop timings, CPU and "
            + "database work per sign-in, at each team count; 0 skips the profile (default: ${DEFAULT-VALUE})")
    int profileSignIns = 100;

    @Option(names = "--jfr", split = ",", description = "paths whose profile sign-ins are recorded with JFR and summed up "
            + "(default: ${DEFAULT-VALUE})")
    List<String> jfr = List.of("b", "c", "d");

    @Option(names = "--smoke", description = "a few sign-ins per path and one repeat, to prove the benchmark runs (what CI does)")
    boolean smoke;

    @Option(names = "--full", description = "the run for the committed results: 1 and 10,000 teams, concurrency 1, 4, 16, "
            + "3 interleaved repeats, H2 and PostgreSQL, JFR of (b), (c), (d); about two hours on 2 cores, so run it on a quiet machine")
    boolean full;

    @Option(names = "--out", description = "results folder (default: bench/results/<date-time>, with -smoke for smoke runs)")
    Path out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (smoke) {
            smokePreset();
        } else if (full) {
            fullPreset();
        }
        Path results = out != null ? out : Path.of("bench", "results",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")) + (smoke ? "-smoke" : ""));
        List<CellResult> cells = new ArrayList<>();
        List<PageTiming> pages = new ArrayList<>();
        List<ProfileRun.Profile> profiles = new ArrayList<>();
        for (String database : databases) {
            new DatabaseRun(this, database).run(cells, pages, profiles);
        }
        String heading = smoke ? "Team SSO sign-in benchmark: SMOKE RUN (a few sign-ins per cell, one repeat; proves the "
                + "benchmark works, measures nothing)" : "Team SSO sign-in benchmark";
        Report report = new Report(heading, MachineDescription.describe(mode, server != null,
                HarnessSettings.load().keycloakVersion(), databases), cells, pages, profiles);
        report.writeTo(results);
        System.out.println();
        System.out.println(report.markdown());
        System.out.println("Written to " + results.toAbsolutePath());
        return cells.stream().mapToInt(CellResult::ourErrors).sum() == 0 ? 0 : 1;
    }

    private void smokePreset() {
        teams = List.of(1);
        pagesAt = List.of();
        concurrency = List.of(1, 2);
        repeats = 1;
        warmupSeconds = 0;
        globalWarmupSeconds = 0;
        measureSeconds = 30;
        maxSignIns = 4;
        pageSamples = 3;
        people = 3;
        localUsers = 2;
        profileSignIns = Math.min(profileSignIns, 3);
    }

    private void fullPreset() {
        teams = List.of(1, 10000);
        pagesAt = List.of(1000);
        concurrency = List.of(1, 4, 16);
        scenarios = Scenario.allLetters();
        repeats = 3;
        databases = List.of("h2", "postgres");
        warmupSeconds = 3;
        globalWarmupSeconds = 20;
        measureSeconds = 10;
        profileSignIns = 300;
        jfr = List.of("b", "c", "d");
    }
}
