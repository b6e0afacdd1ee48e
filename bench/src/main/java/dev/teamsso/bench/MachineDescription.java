package dev.teamsso.bench;

import dev.teamsso.testing.KeycloakServerOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** One paragraph on where and how a run was made. */
final class MachineDescription {

    private MachineDescription() {
    }

    static String describe(KeycloakServerOptions.Mode mode, boolean external, String keycloakVersion, java.util.List<String> databases) {
        return String.format("Run %s on %d cores (%s), %.0f GiB memory, %s %s; Keycloak %s %s; Okta stand-in: "
                        + "mock-oauth2-server in the benchmark's JVM, sharing the same cores. "
                        + "Machine load at the start: %s.",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), Runtime.getRuntime().availableProcessors(),
                cpuModel(), memoryGiB(), System.getProperty("java.vm.name"), System.getProperty("java.version"), keycloakVersion,
                external ? "(external server)" : mode == KeycloakServerOptions.Mode.PRODUCTION
                        ? "in production mode (kc.sh start, caches on, metrics on, HTTP on loopback), databases: " + String.join(", ", databases)
                        + " (h2: embedded dev-file; postgres: a private PostgreSQL 15 with pg_stat_statements)"
                        : "in development mode (kc.sh start-dev)", loadAverage());
    }

    private static String loadAverage() {
        try {
            return "load average " + Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static double memoryGiB() {
        try {
            String total = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\D+", "");
            return Long.parseLong(total) / 1024.0 / 1024.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
