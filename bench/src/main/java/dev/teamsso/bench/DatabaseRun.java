package dev.teamsso.bench;

import dev.teamsso.testing.HarnessSettings;
import dev.teamsso.testing.KeycloakServerOptions;
import dev.teamsso.testing.PostgresServer;
import dev.teamsso.testing.TeamSsoStack;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The whole run on one database: its own Keycloak (and PostgreSQL), the fixture, a global
 * warm-up, then per team count the pages, the load cells (every cell once per repeat,
 * round-robin) and the profile of every path.
 */
final class DatabaseRun {

    static final String H2 = "h2";
    static final String POSTGRES = "postgres";
    /** JFR keeps this many frames of a stack (its default, 64, cuts Keycloak's deep request stacks off before our code). */
    private static final String JAVA_OPTIONS = "-XX:FlightRecorderOptions=stackdepth=512";

    private final BenchMain options;
    private final String database;

    DatabaseRun(BenchMain options, String database) {
        if (!database.equals(H2) && !database.equals(POSTGRES)) {
            throw new IllegalArgumentException("unknown database '" + database + "': use h2 or postgres");
        }
        this.options = options;
        this.database = database;
    }

    void run(List<CellResult> cells, List<PageTiming> pages, List<ProfileRun.Profile> profiles) throws Exception {
        PostgresServer postgres = database.equals(POSTGRES) && options.server == null ? startPostgres() : null;
        try (TeamSsoStack stack = stack(postgres)) {
            System.out.printf("[%s] Keycloak %s up; preparing %d returning people and %d local users...%n", database,
                    stack.keycloak().baseUrl(), options.people, options.localUsers);
            BenchFixture fixture = BenchFixture.prepare(stack, options.people, options.localUsers);
            List<Scenario> scenarios = options.scenarios.stream().map(Scenario::byLetterOrKey).toList();
            warmUp(fixture, scenarios);
            LoadRun load = new LoadRun(fixture, Duration.ofSeconds(options.warmupSeconds), Duration.ofSeconds(options.measureSeconds),
                    options.maxSignIns);
            Set<Scenario> recorded = options.jfr.stream().map(Scenario::byLetterOrKey).collect(Collectors.toSet());
            ProfileRun profile = new ProfileRun(fixture, new DbCounters(stack.keycloak(), postgres), new StatementCounts(postgres),
                    options.profileSignIns,
                    recorded, HarnessSettings.load().workDir().resolve("jfr"));
            int settingsAt = options.concurrency.contains(Targets.REFERENCE_CONCURRENCY) ? Targets.REFERENCE_CONCURRENCY
                    : options.concurrency.stream().mapToInt(Integer::intValue).max().orElse(1);
            TreeSet<Integer> teamCounts = new TreeSet<>(options.teams);
            teamCounts.addAll(options.pagesAt);
            for (int teamCount : teamCounts) {
                System.out.printf("[%s] Growing the realm to %d teams...%n", database, teamCount);
                fixture.growTeamsTo(teamCount);
                pages.add(PageTiming.measure(fixture, options.pageSamples));
                if (!options.teams.contains(teamCount)) {
                    continue;
                }
                for (int repeat = 1; repeat <= options.repeats; repeat++) {
                    for (Scenario scenario : scenarios) {
                        for (int c : scenario.isSettingVariant() ? List.of(settingsAt) : options.concurrency) {
                            CellResult cell = load.run(scenario, c, database, repeat);
                            System.out.printf("  [%s] %5d teams  #%d (%s) %-30s c=%-3d %7.1f/s  p95 %7.1f ms  errors %d (stand-in %d)"
                                            + "  load %.1f, others %.0f%%%n", database, cell.teams(), repeat, scenario.letter(),
                                    scenario.key(), c, cell.perSecond(), cell.latency().p95(), cell.errors(), cell.standInErrors(),
                                    cell.load().loadAverage(), cell.load().othersPercent());
                            cells.add(cell);
                        }
                    }
                }
                // after the load cells, on a server whose code is compiled and whose caches are warm
                for (Scenario scenario : options.profileSignIns > 0 ? scenarios : List.<Scenario>of()) {
                    profiles.add(profile.run(scenario, database));
                }
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    private void warmUp(BenchFixture fixture, List<Scenario> scenarios) throws Exception {
        if (options.globalWarmupSeconds <= 0) {
            return;
        }
        System.out.printf("[%s] Warming up every path for %d s each...%n", database, options.globalWarmupSeconds);
        LoadRun warmUp = new LoadRun(fixture, Duration.ZERO, Duration.ofSeconds(options.globalWarmupSeconds), Integer.MAX_VALUE);
        for (Scenario scenario : scenarios) {
            warmUp.run(scenario, Targets.REFERENCE_CONCURRENCY, database, 0);
        }
    }

    private TeamSsoStack stack(PostgresServer postgres) {
        if (options.server != null) {
            return TeamSsoStack.connect(options.server, options.oktaPort);
        }
        KeycloakServerOptions server = new KeycloakServerOptions(postgres == null ? "bench" : "bench-postgres", 0, options.mode,
                List.of("--metrics-enabled=true"), Map.of("JAVA_OPTS_APPEND", JAVA_OPTIONS));
        return TeamSsoStack.start(postgres == null ? server : server.withPostgres(postgres), options.oktaPort);
    }

    private static PostgresServer startPostgres() {
        PostgresServer postgres = PostgresServer.start(HarnessSettings.load().workDir().resolveSibling("postgres-bench"),
                List.of("shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track=all"));
        postgres.query("create extension if not exists pg_stat_statements");
        return postgres;
    }
}
