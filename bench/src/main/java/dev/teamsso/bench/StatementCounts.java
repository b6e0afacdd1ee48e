package dev.teamsso.bench;

import dev.teamsso.testing.PostgresServer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which statements Keycloak ran, from PostgreSQL's {@code pg_stat_statements} (normalised text,
 * constants replaced by {@code $n}): two snapshots around a profile give each statement's calls
 * per sign-in, so the report can say which reads and writes one path does that another does not.
 */
final class StatementCounts {

    /** Statements below this many calls per sign-in are background work, not the path's. */
    static final double MIN_PER_SIGN_IN = 0.5;
    private static final int TEXT_LENGTH = 110;

    private final PostgresServer postgres;

    StatementCounts(PostgresServer postgres) {
        this.postgres = postgres;
    }

    /** Calls so far per statement text; empty when the database is not PostgreSQL. */
    Map<String, Long> snapshot() {
        Map<String, Long> calls = new LinkedHashMap<>();
        if (postgres == null) {
            return calls;
        }
        String rows = postgres.query("select calls, left(regexp_replace(replace(query, '|', '/'), '\\s+', ' ', 'g'), " + TEXT_LENGTH
                + ") from pg_stat_statements where dbid = (select oid from pg_database where datname = '" + PostgresServer.DATABASE
                + "') and query not like '%pg_stat%'");
        for (String row : rows.lines().toList()) {
            int bar = row.indexOf('|');
            if (bar > 0) {
                calls.merge(row.substring(bar + 1), Long.parseLong(row.substring(0, bar)), Long::sum);
            }
        }
        return calls;
    }

    /** The statements run at least {@link #MIN_PER_SIGN_IN} times per sign-in between the snapshots, most frequent first. */
    static List<Map.Entry<String, Double>> perSignIn(Map<String, Long> before, Map<String, Long> after, int signIns) {
        Map<String, Double> per = new LinkedHashMap<>();
        after.forEach((text, calls) -> {
            double perOne = (calls - before.getOrDefault(text, 0L)) / (double) Math.max(1, signIns);
            if (perOne >= MIN_PER_SIGN_IN) {
                per.put(text, perOne);
            }
        });
        return per.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).toList();
    }
}
