package dev.teamsso.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * CI has no Docker engine, so docker-compose.yml is checked as a file: it runs the Keycloak
 * version we test against in production mode, and everything it mounts exists after a build.
 */
class DockerComposeTest {

    private final HarnessSettings settings = HarnessSettings.load();
    private final Path projectDir = settings.projectDir();

    @Test
    void keycloakRunsThePinnedVersionInProductionModeAndImportsTheRealm() {
        Map<String, Object> keycloak = service("keycloak");

        assertThat(keycloak.get("image")).isEqualTo("quay.io/keycloak/keycloak:" + settings.keycloakVersion());
        @SuppressWarnings("unchecked")
        List<String> command = (List<String>) keycloak.get("command");
        assertThat(command).contains("start", "--import-realm").doesNotContain("start-dev");
        assertThat(environment(keycloak)).containsEntry("KC_DB", "postgres").containsKey("KC_DB_PASSWORD");
    }

    /** Client addresses (the Team ID throttle's key) come only from the proxy's X-Forwarded-For. */
    @Test
    void forwardedHeadersAreTrustedOnlyFromTheProxy() {
        Map<String, String> environment = environment(service("keycloak"));

        assertThat(environment).containsEntry("KC_PROXY_HEADERS", "xforwarded");
        assertThat(environment.get("KC_PROXY_TRUSTED_ADDRESSES")).startsWith("${KC_PROXY_TRUSTED_ADDRESSES:?");
    }

    @Test
    void everyMountedFileExistsInABuiltCheckout() {
        List<String> hostPaths = List.of("keycloak", "postgres").stream()
                .flatMap(name -> volumes(service(name)).stream())
                .filter(volume -> volume.startsWith("./"))
                .map(volume -> volume.substring(0, volume.indexOf(':')))
                .toList();

        assertThat(hostPaths).contains(
                "./providers/target/team-sso-providers.jar",
                "./themes/target/team-sso-themes.jar",
                "./realm-config/realms");
        assertThat(hostPaths).allSatisfy(path -> assertThat(projectDir.resolve(path)).exists());
    }

    @Test
    void noSecretIsWrittenIntoTheFile() {
        environment(service("keycloak")).forEach((name, value) -> {
            if (name.contains("PASSWORD")) {
                assertThat(value).as(name).startsWith("${");
            }
        });
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> service(String name) {
        try (Reader reader = Files.newBufferedReader(projectDir.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            Map<String, Object> services = (Map<String, Object>) compose.get("services");
            assertThat(services).containsKey(name);
            return (Map<String, Object>) services.get(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Map<String, Object> service) {
        return (Map<String, String>) service.get("environment");
    }

    @SuppressWarnings("unchecked")
    private static List<String> volumes(Map<String, Object> service) {
        return (List<String>) service.getOrDefault("volumes", List.of());
    }
}
