package dev.teamsso.bench;

import dev.teamsso.testing.HarnessSettings;
import dev.teamsso.testing.KeycloakServerOptions;
import dev.teamsso.testing.TeamSsoStack;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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

    @Option(names = "--scenarios", split = ",", description = "a-e or names (default: all)")
    List<String> scenarios = List.of("a", "b", "c", "d", "e");

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

    @Option(names = "--smoke", description = "a few dozen sign-ins, to prove the benchmark runs (what CI does)")
    boolean smoke;

    @Option(names = "--out", description = "results folder (default: bench/results/<date-time>)")
    Path out;

    private static List<Integer> union(List<Integer> first, List<Integer> second) {
        List<Integer> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (smoke) {
            teams = List.of(1);
            pagesAt = List.of();
            concurrency = List.of(1, 2);
            warmupSeconds = 0;
            globalWarmupSeconds = 0;
            measureSeconds = 30;
            maxSignIns = 4;
            pageSamples = 3;
            people = 3;
            localUsers = 2;
        }
        Path results = out != null ? out : Path.of("bench", "results",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")));
        try (TeamSsoStack stack = server != null ? TeamSsoStack.connect(server, oktaPort)
                : TeamSsoStack.start(new KeycloakServerOptions("bench", 0, mode, List.of(), Map.of()), oktaPort)) {
            System.out.printf("Keycloak %s (%s) up; preparing %d returning people and %d local users...%n",
                    stack.keycloak().baseUrl(), server != null ? "external" : mode, people, localUsers);
            BenchFixture fixture = BenchFixture.prepare(stack, people, localUsers);
            LoadRun load = new LoadRun(fixture, Duration.ofSeconds(warmupSeconds), Duration.ofSeconds(measureSeconds), maxSignIns);
            if (globalWarmupSeconds > 0) {
                System.out.printf("Warming up every path for %d s each...%n", globalWarmupSeconds);
                LoadRun warmUp = new LoadRun(fixture, Duration.ZERO, Duration.ofSeconds(globalWarmupSeconds), Integer.MAX_VALUE);
                for (String name : scenarios) {
                    warmUp.run(Scenario.byLetterOrKey(name), Targets.REFERENCE_CONCURRENCY);
                }
            }
            List<CellResult> cells = new ArrayList<>();
            List<PageTiming> pages = new ArrayList<>();
            for (int teamCount : new TreeSet<>(union(teams, pagesAt))) {
                System.out.printf("Growing the realm to %d teams...%n", teamCount);
                fixture.growTeamsTo(teamCount);
                pages.add(PageTiming.measure(fixture, pageSamples));
                if (!teams.contains(teamCount)) {
                    continue;
                }
                for (String name : scenarios) {
                    Scenario scenario = Scenario.byLetterOrKey(name);
                    for (int c : concurrency) {
                        CellResult cell = load.run(scenario, c);
                        System.out.printf("  %5d teams  (%s) %-15s c=%-3d %7.1f/s  p95 %7.1f ms  errors %d (stand-in %d)%n",
                                cell.teams(), scenario.letter(), scenario.key(), c, cell.perSecond(), cell.latency().p95(),
                                cell.errors(), cell.standInErrors());
                        cells.add(cell);
                    }
                }
            }
            Report report = new Report(MachineDescription.describe(mode, server != null, HarnessSettings.load().keycloakVersion()),
                    cells, pages);
            report.writeTo(results);
            System.out.println();
            System.out.println(report.markdown());
            System.out.println("Written to " + results.toAbsolutePath());
            return cells.stream().mapToInt(CellResult::ourErrors).sum() == 0 ? 0 : 1;
        }
    }
}
