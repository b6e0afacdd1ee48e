package dev.teamsso.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build refuses a Keycloak older than 26.7.3 (known identity-broker CVEs): the root POM's
 * enforcer rule {@code enforce-keycloak-floor} checks the {@code keycloak.version} property.
 */
class KeycloakVersionFloorTest {

    private static final Path PROJECT = HarnessSettings.load().projectDir();

    @ParameterizedTest
    @ValueSource(strings = {"26.7.3", "26.7.4", "26.7.10", "26.8.0", "26.10.2", "27.0.0", "30.1.0", "100.0.0"})
    void theFloorAndEverythingNewerIsAccepted(String version) throws IOException {
        assertThat(floor().matcher(version).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"26.7.2", "26.7.0", "26.6.9", "26.0.12", "25.9.9", "26.7", "26.7.3-SNAPSHOT", "26.7.3.redhat", "", "latest"})
    void olderOrOddVersionsAreRefused(String version) throws IOException {
        assertThat(floor().matcher(version).matches()).isFalse();
    }

    @Test
    void thePinnedVersionPasses() throws IOException {
        assertThat(floor().matcher(HarnessSettings.load().keycloakVersion()).matches()).isTrue();
    }

    @Test
    void theBuildFailsWithAnOlderKeycloak() throws Exception {
        Run older = maven("-Dkeycloak.version=26.7.2");
        Run pinned = maven();

        assertThat(older.exitCode()).as(older.output()).isNotZero();
        assertThat(older.output()).contains("enforce-keycloak-floor", "keycloak.version must be 26.7.3 or newer");
        assertThat(pinned.exitCode()).as(pinned.output()).isZero();
    }

    private static Pattern floor() throws IOException {
        String pom = Files.readString(PROJECT.resolve("pom.xml"));
        Matcher rule = Pattern.compile("<id>enforce-keycloak-floor</id>.*?<property>keycloak\\.version</property>\\s*<regex>([^<]+)</regex>",
                Pattern.DOTALL).matcher(pom);
        assertThat(rule.find()).as("the root POM has the enforcer rule enforce-keycloak-floor").isTrue();
        return Pattern.compile(rule.group(1));
    }

    /** Runs the root POM's validate phase only (the enforcer rules), offline: the plugin is already resolved. */
    private static Run maven(String... properties) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-o", "-B", "-N", "validate"));
        command.addAll(List.of(properties));
        Process process = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private record Run(int exitCode, String output) {
    }
}
