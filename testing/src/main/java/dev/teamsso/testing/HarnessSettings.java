package dev.teamsso.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the harness finds the Keycloak distribution and what it installs into it. The build
 * writes the defaults into {@code team-sso-harness.properties}; a system property of the same
 * name overrides each one (for example {@code -Dteamsso.work.dir=/tmp/kc}).
 */
public final class HarnessSettings {

    private static final String RESOURCE = "/team-sso-harness.properties";

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

    /**
     * How long a server may take to start (augmentation included) before the harness gives up:
     * {@code teamsso.ready.timeout.minutes}, 4 unless set (a heavily shared machine needs more).
     */
    public java.time.Duration readyTimeout() {
        String minutes = System.getProperty("teamsso.ready.timeout.minutes", properties.getProperty("teamsso.ready.timeout.minutes", "4"));
        return java.time.Duration.ofMinutes(Long.parseLong(minutes.trim()));
    }

    public Path workDir() {
        return Path.of(value("teamsso.work.dir"));
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
