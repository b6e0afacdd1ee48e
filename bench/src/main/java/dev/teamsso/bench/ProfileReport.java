package dev.teamsso.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The "where the time goes" part of the report: hops, Keycloak CPU and database work per sign-in, JFR summaries. */
final class ProfileReport {

    private final List<ProfileRun.Profile> profiles;

    ProfileReport(List<ProfileRun.Profile> profiles) {
        this.profiles = profiles;
    }

    String markdown() {
        if (profiles.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n## Where the time goes (profile: sign-ins one after the other, concurrency 1)\n\n");
        md.append("### Keycloak CPU and database work per sign-in\n\n");
        List<String> counters = profiles.stream().flatMap(p -> p.dbPerSignIn().keySet().stream()).distinct().toList();
        md.append("| db | teams | scenario | sign-ins | failed | whole sign-in p50 ms | Keycloak CPU ms/sign-in |");
        counters.forEach(counter -> md.append(' ').append(counter).append(" |"));
        md.append("\n|---|---:|---|---:|---:|---:|---:|").append("---:|".repeat(counters.size())).append('\n');
        for (ProfileRun.Profile profile : profiles) {
            List<HopTimes.Row> rows = profile.hops().rows();
            md.append(String.format(Locale.ROOT, "| %s | %d | (%s) %s | %d | %d | %.1f | %.1f |", profile.database(), profile.teams(),
                    profile.scenario().letter(), profile.scenario().key(), profile.hops().signIns(), profile.failures(),
                    rows.get(rows.size() - 1).time().p50(), profile.keycloakCpuMs()));
            counters.forEach(counter -> md.append(String.format(Locale.ROOT, " %.1f |",
                    profile.dbPerSignIn().getOrDefault(counter, Double.NaN))));
            md.append('\n');
        }
        cpuByThread(md);
        md.append("\n### Hops of each path (p50 / p95 ms)\n");
        for (ProfileRun.Profile profile : profiles) {
            md.append(String.format(Locale.ROOT, "%n(%s) %s, %s, %d teams, %d sign-ins:%n%n| hop | per sign-in | p50 ms | p95 ms |%n"
                            + "|---|---:|---:|---:|%n", profile.scenario().letter(), profile.scenario().key(), profile.database(),
                    profile.teams(), profile.hops().signIns()));
            for (HopTimes.Row row : profile.hops().rows()) {
                md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", row.hop(), row.perSignIn(), row.time().p50(),
                        row.time().p95()));
            }
        }
        statements(md);
        for (ProfileRun.Profile profile : profiles) {
            if (profile.jfr() != null) {
                jfr(md, profile);
            }
        }
        return md.toString();
    }

    private void cpuByThread(StringBuilder md) {
        if (profiles.stream().allMatch(profile -> profile.cpuByThreadMs().isEmpty())) {
            return;
        }
        md.append("\n### Keycloak CPU per sign-in by kind of thread (ms, from /proc)\n\n| db | teams | scenario |");
        ThreadCpu.COLUMNS.forEach(kind -> md.append(' ').append(kind).append(" |"));
        md.append("\n|---|---:|---|").append("---:|".repeat(ThreadCpu.COLUMNS.size())).append('\n');
        for (ProfileRun.Profile profile : profiles) {
            md.append(String.format(Locale.ROOT, "| %s | %d | (%s) %s |", profile.database(), profile.teams(),
                    profile.scenario().letter(), profile.scenario().key()));
            ThreadCpu.COLUMNS.forEach(kind -> md.append(String.format(Locale.ROOT, " %.1f |",
                    profile.cpuByThreadMs().getOrDefault(kind, Double.NaN))));
            md.append('\n');
        }
    }

    private void statements(StringBuilder md) {
        for (ProfileRun.Profile profile : profiles) {
            if (profile.statementsPerSignIn().isEmpty()) {
                continue;
            }
            md.append(String.format(Locale.ROOT, "%n### Statements per sign-in: (%s) %s, %s, %d teams (pg_stat_statements, at least %.1f per sign-in)%n%n"
                            + "| statement (normalised, first 110 characters) | per sign-in |%n|---|---:|%n", profile.scenario().letter(),
                    profile.scenario().key(), profile.database(), profile.teams(), StatementCounts.MIN_PER_SIGN_IN));
            for (Map.Entry<String, Double> statement : profile.statementsPerSignIn()) {
                md.append(String.format(Locale.ROOT, "| `%s` | %.1f |%n", statement.getKey(), statement.getValue()));
            }
        }
    }

    private static void jfr(StringBuilder md, ProfileRun.Profile profile) {
        JfrSummary jfr = profile.jfr();
        md.append(String.format(Locale.ROOT, "%n### JFR profile of Keycloak: (%s) %s, %s, %d teams (%d CPU samples)%n%n"
                        + "| part of the server (any frame on the stack) | share of samples |%n|---|---:|%n",
                profile.scenario().letter(), profile.scenario().key(), profile.database(), profile.teams(), jfr.samples()));
        for (Map.Entry<String, Integer> part : jfr.parts().entrySet()) {
            md.append(String.format(Locale.ROOT, "| %s | %.0f%% |%n", part.getKey(), percent(part.getValue(), jfr.samples())));
        }
        md.append("\n| top frame (self) | share of samples |\n|---|---:|\n");
        for (Map.Entry<String, Integer> frame : jfr.topFrames()) {
            md.append(String.format(Locale.ROOT, "| `%s` | %.1f%% |%n", frame.getKey(), percent(frame.getValue(), jfr.samples())));
        }
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? Double.NaN : 100.0 * part / whole;
    }
}
