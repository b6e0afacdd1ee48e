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
        for (ProfileRun.Profile profile : profiles) {
            if (profile.jfr() != null) {
                jfr(md, profile);
            }
        }
        return md.toString();
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
