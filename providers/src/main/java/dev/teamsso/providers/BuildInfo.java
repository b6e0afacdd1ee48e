package dev.teamsso.providers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What this jar was built as: our version and the Keycloak version we compiled against. */
public final class BuildInfo {

    private static final String RESOURCE = "team-sso-build.properties";

    private final String version;
    private final String keycloakVersion;

    BuildInfo(String version, String keycloakVersion) {
        this.version = version;
        this.keycloakVersion = keycloakVersion;
    }

    /** Reads the properties that the build wrote into this jar. */
    public static BuildInfo load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the extension jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return new BuildInfo(properties.getProperty("version"), properties.getProperty("keycloak.version"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String version() {
        return version;
    }

    public String keycloakVersion() {
        return keycloakVersion;
    }
}
