package dev.teamsso.bench;

import dev.teamsso.providers.contract.check.IssuerMetadata;
import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.cli.TeamProvisioner;
import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.cli.tool.TeamsTool;
import dev.teamsso.testing.KeycloakServer;
import dev.teamsso.testing.KeycloakServerOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * How fast {@code teams list} and {@code teams export} are with many teams: starts its own
 * server, creates N teams (default 10,000) through the admin API as the tool does (one realm
 * import of that size outlives Keycloak's 5-minute transaction timeout), then times the real
 * commands. Run with {@code java -cp ... dev.teamsso.bench.ListBenchmark [N]}.
 */
public final class ListBenchmark {

    private static final String REALM = "bench-teams";
    private static final int RUNS = 5;
    private static final int THREADS = 4;

    private ListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int teams = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        try (KeycloakServer server = KeycloakServer.start(KeycloakServerOptions.forTests("bench-list"));
             Keycloak admin = server.adminClient()) {
            long started = System.nanoTime();
            createTeams(admin, teams);
            System.out.printf("created %d teams through the admin API in %.1f s%n", teams, seconds(started));
            for (String command : List.of("list", "export")) {
                for (String[] extra : List.of(new String[] {}, new String[] {"--first", String.valueOf(teams - 100)})) {
                    if (command.equals("export") && extra.length > 0) {
                        continue;
                    }
                    time(server, command, extra);
                }
            }
        }
    }

    private static void time(KeycloakServer server, String command, String... extra) {
        List<Double> times = new ArrayList<>();
        int lines = 0;
        for (int i = 0; i < RUNS; i++) {
            List<String> args = new ArrayList<>(List.of(command, "--server", server.baseUrl(), "--realm", REALM));
            args.addAll(List.of(extra));
            StringWriter out = new StringWriter();
            long started = System.nanoTime();
            int code = TeamsTool.run(Map.of(), new PrintWriter(out), new PrintWriter(System.err), args.toArray(String[]::new));
            times.add(seconds(started));
            if (code != 0) {
                throw new IllegalStateException(command + " exited " + code);
            }
            lines = out.toString().split("\n").length;
        }
        times.sort(Double::compare);
        System.out.printf("teams %s %s: %d lines; %d runs, median %.2f s, min %.2f s, max %.2f s (each run signs in afresh)%n",
                command, String.join(" ", extra), lines, RUNS, times.get(RUNS / 2), times.get(0), times.get(RUNS - 1));
    }

    /** Creates the teams through the admin API, as the tool does, on {@code THREADS} threads. */
    private static void createTeams(Keycloak admin, int teams) throws InterruptedException {
        RealmRepresentation realm = new RealmRepresentation();
        realm.setRealm(REALM);
        realm.setEnabled(true);
        realm.setOrganizationsEnabled(true);
        admin.realms().create(realm);
        TeamProvisioner provisioner = new TeamProvisioner(admin.realm(REALM));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger failures = new AtomicInteger();
        for (int i = 0; i < teams; i++) {
            int n = i;
            pool.execute(() -> {
                String id = String.format("team-%05d", n);
                String issuer = "https://" + id + ".okta.example/oauth2/default";
                try {
                    provisioner.create(new TeamRegistration(new TeamId(id), issuer, "0oa" + n, "secret-" + n, "it@" + id + ".example"),
                            new IssuerMetadata(issuer, URI.create(issuer + "/v1/authorize"), URI.create(issuer + "/v1/token"),
                                    URI.create(issuer + "/v1/keys"), null));
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.HOURS) || failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " teams could not be created");
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

}
