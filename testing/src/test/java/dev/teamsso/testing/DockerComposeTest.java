package dev.teamsso.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * Client addresses (the Team ID throttle's key) come only from the balancer's X-Forwarded-For:
     * the nodes trust forwarded headers only from the compose network, where HAProxy (which
     * overwrites the header) is the only proxy.
     */
    @Test
    @SuppressWarnings("unchecked")
    void forwardedHeadersAreTrustedOnlyFromTheBalancersNetwork() {
        Map<String, Object> network = (Map<String, Object>) ((Map<String, Object>) compose().get("networks")).get("teamsso");
        Object subnet = ((List<Map<String, Object>>) ((Map<String, Object>) network.get("ipam")).get("config")).get(0).get("subnet");
        for (String node : List.of("keycloak", "keycloak-2")) {
            Map<String, String> environment = environment(service(node));
            assertThat(environment).as(node).containsEntry("KC_PROXY_HEADERS", "xforwarded");
            assertThat(environment.get("KC_PROXY_TRUSTED_ADDRESSES")).as(node).isEqualTo(subnet);
        }
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

    /** The same topology as the cluster harness (ClusterNode, Balancer): options, versions, balancer file. */
    @Test
    void twoKeycloakNodesRunWithTheHarnessClusterSettingsBehindTheSameHaproxyFile() throws IOException {
        for (String node : List.of("keycloak", "keycloak-2")) {
            Map<String, Object> keycloak = service(node);
            assertThat(keycloak.get("image")).as(node).isEqualTo("quay.io/keycloak/keycloak:" + settings.keycloakVersion());
            assertThat(environment(keycloak)).as(node)
                    .containsEntry("KC_CACHE", "ispn")
                    .containsEntry("KC_CACHE_STACK", "jdbc-ping")
                    .containsEntry("KC_DB", "postgres")
                    .containsEntry("KC_HEALTH_ENABLED", "true")
                    .containsEntry("KC_HTTP_ENABLED", "true")
                    .containsEntry("KC_PROXY_HEADERS", "xforwarded")
                    .containsKeys("KC_HOSTNAME", "KC_PROXY_TRUSTED_ADDRESSES");
        }
        Map<String, Object> haproxy = service("haproxy");
        assertThat(volumes(haproxy)).contains("./haproxy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro");
        assertThat(haproxy.get("image").toString()).startsWith("haproxy:" + installedHaproxyBranch());
        String config = Files.readString(projectDir.resolve("haproxy/haproxy.cfg"));
        Matcher variables = Pattern.compile("\\$\\{(\\w+)}").matcher(config);
        Set<String> used = new TreeSet<>();
        while (variables.find()) {
            used.add(variables.group(1));
        }
        assertThat(used).isNotEmpty();
        assertThat(environment(haproxy)).as("docker-compose sets every variable haproxy.cfg uses").containsOnlyKeys(used);
        assertThat(environment(haproxy).get("TEAMSSO_NODE1")).startsWith("keycloak:");
        assertThat(environment(haproxy).get("TEAMSSO_NODE2")).startsWith("keycloak-2:");
    }

    /** The major.minor of the HAProxy the harness runs (Debian's package), e.g. {@code 2.6}. */
    private static String installedHaproxyBranch() {
        try {
            Process version = new ProcessBuilder("/usr/sbin/haproxy", "-v").redirectErrorStream(true).start();
            String out = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher branch = Pattern.compile("version (\\d+\\.\\d+)").matcher(out);
            assertThat(branch.find()).as("haproxy -v: %s", out).isTrue();
            return branch.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException("HAProxy is not installed (apt-get install -y haproxy; .ci/run does)", e);
        }
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
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        assertThat(services).containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    private Map<String, Object> compose() {
        try (Reader reader = Files.newBufferedReader(projectDir.resolve("docker-compose.yml"))) {
            return new Yaml().load(reader);
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
