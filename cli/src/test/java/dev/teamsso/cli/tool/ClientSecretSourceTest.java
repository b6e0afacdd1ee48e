package dev.teamsso.cli.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientSecretSourceTest {

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theFirstLineOfStandardInputWithoutItsLineEnd() {
        assertThat(ClientSecretSource.resolve(null, true, stdin("s3cr3t\r\nignored\n"), Map.of())).isEqualTo("s3cr3t");
        assertThat(ClientSecretSource.resolve(null, true, stdin("s3cr3t"), Map.of())).isEqualTo("s3cr3t");
    }

    @Test
    void theFlagThenStandardInputThenTheEnvironment() {
        Map<String, String> env = Map.of("TEAMS_OKTA_CLIENT_SECRET", "from-env");
        assertThat(ClientSecretSource.resolve("from-flag", false, stdin(""), env)).isEqualTo("from-flag");
        assertThat(ClientSecretSource.resolve(null, true, stdin("from-stdin\n"), env)).isEqualTo("from-stdin");
        assertThat(ClientSecretSource.resolve(null, false, stdin("unread\n"), env)).isEqualTo("from-env");
    }

    @Test
    void noneBothOrAnEmptyStandardInputAreUsageErrors() {
        assertThatThrownBy(() -> ClientSecretSource.resolve(null, false, stdin(""), Map.of()))
                .isInstanceOfSatisfying(ToolFailure.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.getMessage()).contains("--client-secret-stdin").contains("TEAMS_OKTA_CLIENT_SECRET");
                });
        assertThatThrownBy(() -> ClientSecretSource.resolve("x", true, stdin("y\n"), Map.of()))
                .isInstanceOfSatisfying(ToolFailure.class, e -> assertThat(e.getMessage()).contains("not both"));
        assertThatThrownBy(() -> ClientSecretSource.resolve(null, true, stdin("\n"), Map.of()))
                .isInstanceOfSatisfying(ToolFailure.class, e -> assertThat(e.getMessage()).contains("standard input was empty"));
    }
}
