package dev.teamsso.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * Where the harness finds the Keycloak distribution and what it installs into it. The build
 * writes the defaults into {@code team-sso-harness.properties}; a system property of the same
 * name overrides each one (for example {@code -Dteamsso.work.dir=/tmp/kc}).
 */
public final class HarnessSettings {

    private static final String RESOURCE = "/team-sso-harness.properties";
    private static final Duration DEFAULT_READY_TIMEOUT = Duration.ofMinutes(4);

    private final Properties properties;

    private HarnessSettings(Properties properties) {
        this.properties = properties;
    }

    public static HarnessSettings load() {
        try (InputStream in = HarnessSettings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path: build the testing module with Maven");
            }
            Properties properties = new Properties();
            properties.load(in);
            return new HarnessSettings(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String keycloakVersion() {
        return value("keycloak.version");
    }

    public Path distributionZip() {
        return existingFile("keycloak.dist.zip", "run 'mvn verify' (or bin/demo) so that Maven downloads it");
    }

    public Path providersJar() {
        return existingFile("teamsso.providers.jar", "run 'mvn package' so that the extension jar is built");
    }

    public Path themesJar() {
        return existingFile("teamsso.themes.jar", "run 'mvn package' so that the theme jar is built");
    }

    public Path realmDir() {
        return existingFile("teamsso.realm.dir", "the realm-config/realms folder of the checkout is missing");
    }

    /** The root of the checkout. */
    public Path projectDir() {
        return existingFile("teamsso.project.dir", "build from a checkout of the project");
    }

    public Path workDir() {
        return Path.of(value("teamsso.work.dir"));
    }

    /**
     * How long a server may take to become ready: {@code -Dteamsso.ready.timeout=PT10M} (an ISO-8601
     * duration) on a loaded machine; default 4 minutes.
     */
    public Duration readyTimeout() {
        String value = System.getProperty("teamsso.ready.timeout", properties.getProperty("teamsso.ready.timeout"));
        return value == null || value.isBlank() || value.startsWith("${") ? DEFAULT_READY_TIMEOUT : Duration.parse(value);
    }

    private Path existingFile(String key, String fix) {
        Path path = Path.of(value(key));
        if (!Files.exists(path)) {
            throw new IllegalStateException(key + " points at " + path + ", which does not exist: " + fix);
        }
        if (Files.isDirectory(path) && path.toString().endsWith("classes")) {
            throw new IllegalStateException(key + " points at the class folder " + path + ": run 'mvn package' or 'mvn verify'");
        }
        return path;
    }

    private String value(String key) {
        String value = System.getProperty(key, properties.getProperty(key));
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("harness setting " + key + " is not set: build the testing module with Maven");
        }
        return value;
    }
}
