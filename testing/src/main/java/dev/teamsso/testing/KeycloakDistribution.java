package dev.teamsso.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One unpacked Keycloak server folder with our jars, theme and realm files installed. The zip
 * is unpacked once per instance folder and reused; the jars and realm files are installed
 * afresh every time, and the data folder is wiped so every start imports a clean realm (unless
 * a restart asks to keep it).
 */
public final class KeycloakDistribution {

    private static final String UNPACKED_MARKER = ".team-sso-unpacked";
    private static final String OUR_JAR_PREFIX = "team-sso-";

    private final HarnessSettings settings;
    private final Path home;

    private KeycloakDistribution(HarnessSettings settings, Path home) {
        this.settings = settings;
        this.home = home;
    }

    /** Unpacks (if needed) into {@code workDir/instance}, installs our pieces and wipes the data folder. */
    public static KeycloakDistribution prepare(HarnessSettings settings, String instance) {
        return prepare(settings, instance, true);
    }

    /**
     * As {@link #prepare(HarnessSettings, String)}; with {@code resetData} false the data folder
     * (the dev-file H2 database among it) is kept, for a restart that must find what was saved.
     */
    public static KeycloakDistribution prepare(HarnessSettings settings, String instance, boolean resetData) {
        Path instanceDir = settings.workDir().resolve(instance);
        Path home = instanceDir.resolve("keycloak-" + settings.keycloakVersion());
        KeycloakDistribution distribution = new KeycloakDistribution(settings, home);
        distribution.unpackOnce(instanceDir);
        distribution.installProviders();
        if (resetData) {
            distribution.resetData();
        }
        return distribution;
    }

    public Path home() {
        return home;
    }

    public Path launcher() {
        return home.resolve("bin").resolve("kc.sh");
    }

    private void unpackOnce(Path instanceDir) {
        if (Files.exists(home.resolve(UNPACKED_MARKER))) {
            return;
        }
        try {
            deleteTree(home);
            Files.createDirectories(instanceDir);
            unzip(settings.distributionZip(), instanceDir);
            for (Path script : list(home.resolve("bin"))) {
                if (script.toString().endsWith(".sh")) {
                    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            Files.writeString(home.resolve(UNPACKED_MARKER), settings.distributionZip().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack Keycloak into " + instanceDir, e);
        }
    }

    private void installProviders() {
        Path providers = home.resolve("providers");
        try {
            Files.createDirectories(providers);
            Path providersJar = providers.resolve("team-sso-providers.jar");
            Path themesJar = providers.resolve("team-sso-themes.jar");
            for (Path jar : list(providers)) {
                String name = jar.getFileName().toString();
                if (name.startsWith(OUR_JAR_PREFIX) && !jar.equals(providersJar) && !jar.equals(themesJar)) {
                    Files.delete(jar);
                }
            }
            copyIfChanged(settings.providersJar(), providersJar);
            copyIfChanged(settings.themesJar(), themesJar);
        } catch (IOException e) {
            throw new UncheckedIOException("could not install our jars into " + providers, e);
        }
    }

    private void resetData() {
        Path data = home.resolve("data");
        Path imports = data.resolve("import");
        try {
            deleteTree(data);
            Files.createDirectories(imports);
            for (Path realm : list(settings.realmDir())) {
                if (realm.toString().endsWith(".json")) {
                    copyInto(realm, imports.resolve(realm.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not reset " + data, e);
        }
    }

    /**
     * Copies only a jar whose bytes changed: Keycloak re-augments (about 15 s) whenever a provider
     * jar looks new, so an unchanged jar keeps its file and its time stamp.
     */
    private static void copyIfChanged(Path source, Path target) throws IOException {
        if (!Files.exists(target) || Files.mismatch(source, target) != -1) {
            copyInto(source, target);
        }
    }

    private static void copyInto(Path source, Path target) throws IOException {
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            List<Path> result = new ArrayList<>();
            entries.forEach(result::add);
            return result;
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Path root = target.toRealPath();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = root.resolve(entry.getName()).normalize();
                if (!out.startsWith(root)) {
                    throw new IOException("zip entry escapes the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
