package dev.teamsso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The benchmark runs end to end in smoke mode (a few dozen sign-ins), so it cannot rot. */
class BenchSmokeIT {

    @Test
    void aSmokeRunSignsInThroughEveryPathWithoutErrorsAndWritesItsReport(@TempDir Path out) throws Exception {
        int exit = new CommandLine(new BenchMain()).execute("--smoke", "--out", out.toString());

        assertThat(exit).as("exit code (1 means sign-ins failed)").isZero();
        String csv = Files.readString(out.resolve("results.csv"));
        for (Scenario scenario : Scenario.values()) {
            assertThat(csv).contains("," + scenario.key() + ",");
        }
        assertThat(csv.lines().skip(1)).hasSize(Scenario.values().length * 2)
                .allSatisfy(line -> assertThat(line.split(",")[7]).as("sign-ins in %s", line).isEqualTo("4"));
        assertThat(Files.readString(out.resolve("results.md"))).contains("## Targets", "## Pages");
        assertThat(Files.readString(out.resolve("chart.svg"))).startsWith("<svg").contains("<polyline");
    }
}
