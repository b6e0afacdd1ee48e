package dev.teamsso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The benchmark runs end to end in smoke mode (a few sign-ins per path), so it cannot rot: every
 * path, the peers and the realm-setting cells sign in, the profile times hops, counts database
 * work and summarises a JFR recording, and the report is written.
 */
class BenchSmokeIT {

    @Test
    void aSmokeRunSignsInThroughEveryPathWithoutErrorsAndWritesItsReport(@TempDir Path out) throws Exception {
        int exit = new CommandLine(new BenchMain()).execute("--smoke", "--out", out.toString());

        assertThat(exit).as("exit code (1 means sign-ins failed)").isZero();
        String csv = Files.readString(out.resolve("results.csv"));
        long variants = java.util.Arrays.stream(Scenario.values()).filter(Scenario::isSettingVariant).count();
        for (Scenario scenario : Scenario.values()) {
            assertThat(csv).contains("," + scenario.key() + ",");
        }
        assertThat(csv.lines().skip(1)).hasSize((int) ((Scenario.values().length - variants) * 2 + variants))
                .allSatisfy(line -> assertThat(line.split(",")[9]).as("sign-ins in %s", line).isEqualTo("4"));
        String report = Files.readString(out.resolve("results.md"));
        assertThat(report).contains("SMOKE RUN", "## Targets on h2", "## Pages", "within noise of", "others' CPU %",
                "### Hops of each path", "POST Keycloak /realms/deepinfra/login-actions/authenticate", "GET Okta stand-in", "platform → Keycloak: code for tokens",
                "pool connection acquisitions", "### JFR profile of Keycloak: (b) corporate-sso",
                "### JFR profile of Keycloak: (d) first-sign-in");
        assertThat(report).doesNotContain("| NaN |");
        assertThat(Files.readString(out.resolve("chart.svg"))).startsWith("<svg").contains("<polyline");
    }
}
