package dev.teamsso.bench;

import dev.teamsso.testing.KeycloakServer;
import dev.teamsso.testing.PostgresServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counters of the database work Keycloak does: connection acquisitions from its pool (Agroal,
 * on the management interface's {@code /metrics}, any database) and, on PostgreSQL, commits,
 * rollbacks and rows from {@code pg_stat_database} and statements from {@code pg_stat_statements}.
 * Differences of two snapshots divided by the sign-ins between them give the work per sign-in.
 */
final class DbCounters {

    static final String ACQUISITIONS = "pool connection acquisitions";

    private final KeycloakServer keycloak;
    private final PostgresServer postgres;
    private final HttpClient http = HttpClient.newHttpClient();

    DbCounters(KeycloakServer keycloak, PostgresServer postgres) {
        this.keycloak = keycloak;
        this.postgres = postgres;
    }

    Map<String, Double> snapshot() {
        Map<String, Double> counters = new LinkedHashMap<>();
        counters.put(ACQUISITIONS, agroalAcquisitions());
        if (postgres != null) {
            String[] row = postgres.query("select xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted, tup_fetched, "
                    + "(select coalesce(sum(calls), 0) from pg_stat_statements) from pg_stat_database where datname = '"
                    + PostgresServer.DATABASE + "'").trim().split("\\|");
            String[] names = {"commits", "rollbacks", "rows inserted", "rows updated", "rows deleted", "rows fetched", "statements"};
            for (int i = 0; i < names.length; i++) {
                counters.put(names[i], Double.parseDouble(row[i]));
            }
        }
        return counters;
    }

    /** PostgreSQL reports a backend's counts when it has been idle a while (up to 10 s); wait for that before the last snapshot. */
    void settle() throws InterruptedException {
        if (postgres != null) {
            Thread.sleep(11_000);
        }
    }

    static Map<String, Double> perSignIn(Map<String, Double> before, Map<String, Double> after, int signIns) {
        Map<String, Double> per = new LinkedHashMap<>();
        after.forEach((name, value) -> per.put(name, (value - before.getOrDefault(name, Double.NaN)) / Math.max(1, signIns)));
        return per;
    }

    private double agroalAcquisitions() {
        String base = keycloak.managementUrl();
        if (base == null) {
            return Double.NaN;
        }
        try {
            String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return metrics.lines().filter(line -> line.startsWith("agroal_acquire_count_total"))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .reduce(Double::sum).orElse(Double.NaN);
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }
}
