package dev.teamsso.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private PostgreSQL instance from Debian's {@code postgresql} package
 * ({@code /usr/lib/postgresql/<version>/bin}): {@code initdb} into a fresh data folder, started on
 * a free loopback port with trust authentication for its one user, one database {@code keycloak}.
 * PostgreSQL refuses to run as root, so as root (CI) it runs as the package's {@code postgres} user
 * via {@code runuser}, in a data folder that user owns.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String DATABASE = "keycloak";
    private static final String USER = "keycloak";
    private static final String UNPRIVILEGED_USER = "postgres";

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final boolean asRoot;

    private PostgresServer(Path bin, Path dataDir, int port, boolean asRoot) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.asRoot = asRoot;
    }

    /** The {@code bin} folder of the newest installed PostgreSQL, if any. */
    public static Optional<Path> installation() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(PostgresServer::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Creates and starts an instance whose data lives in {@code dataDir} (wiped first). */
    public static PostgresServer start(Path dataDir) {
        return start(dataDir, List.of());
    }

    /**
     * The same, with more server settings ({@code name=value}, each passed as {@code -c}), for
     * example {@code shared_preload_libraries=pg_stat_statements} for the benchmark.
     */
    public static PostgresServer start(Path dataDir, List<String> settings) {
        Path bin = installation().orElseThrow(() -> new IllegalStateException(
                "PostgreSQL is not installed: apt-get install -y postgresql"));
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        PostgresServer server = new PostgresServer(bin, dataDir.toAbsolutePath(), FreePort.find(), asRoot);
        if (!server.prepareDataDir()) {
            // The unprivileged user cannot reach the build folder (a checkout under /root): use a temporary one.
            try {
                Path temporary = Files.createTempDirectory("team-sso-postgres");
                temporary.toFile().deleteOnExit();
                server = new PostgresServer(bin, temporary, server.port, asRoot);
            } catch (IOException e) {
                throw new UncheckedIOException("could not create a temporary folder for PostgreSQL", e);
            }
            if (!server.prepareDataDir()) {
                throw new IllegalStateException(UNPRIVILEGED_USER + " cannot write " + server.dataDir);
            }
        }
        server.run(List.of(bin.resolve("initdb").toString(), "-D", server.dataDir.resolve("data").toString(), "-U", USER,
                "--auth=trust", "-E", "UTF8", "--locale=C"), "initdb");
        server.run(List.of(bin.resolve("pg_ctl").toString(), "-D", server.dataDir.resolve("data").toString(),
                "-l", server.logFile().toString(), "-w", "-t", "60", "-o",
                "-p " + server.port + " -c listen_addresses=127.0.0.1 -k /tmp" + settings.stream().map(setting -> " -c " + setting)
                        .collect(java.util.stream.Collectors.joining()), "start"), "start PostgreSQL");
        server.run(List.of(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", String.valueOf(server.port),
                "-U", USER, DATABASE), "create the database");
        return server;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String username() {
        return USER;
    }

    /** Any password: the instance trusts loopback connections of its user. */
    public String password() {
        return "unused-" + USER;
    }

    /** Runs SQL on the database with {@code psql} and returns its unaligned output (one row a line, columns split by '|'). */
    public String query(String sql) {
        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.addAll(List.of("runuser", "-u", UNPRIVILEGED_USER, "--"));
        }
        command.addAll(List.of(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER,
                "-d", DATABASE, "-At", "-v", "ON_ERROR_STOP=1", "-c", sql));
        return exec(command, "query PostgreSQL");
    }

    public Path logFile() {
        return dataDir.resolve("postgres.log");
    }

    @Override
    public void close() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.resolve("data").toString(), "-m", "fast", "-w", "stop"),
                "stop PostgreSQL");
    }

    /** A fresh, empty data folder the server's user can write; false if that user cannot reach it. */
    private boolean prepareDataDir() {
        try {
            KeycloakDistribution.deleteTree(dataDir);
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare " + dataDir, e);
        }
        if (!asRoot) {
            return true;
        }
        exec(List.of("chown", "-R", UNPRIVILEGED_USER, dataDir.toString()), "give the data folder to " + UNPRIVILEGED_USER);
        try {
            run(List.of("test", "-w", dataDir.toString()), "check that " + UNPRIVILEGED_USER + " can write " + dataDir);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Runs a PostgreSQL command, as the unprivileged user when this JVM is root. */
    private void run(List<String> command, String what) {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("runuser", "-u", UNPRIVILEGED_USER, "--"));
        }
        full.addAll(command);
        exec(full, what);
    }

    private String exec(List<String> command, String what) {
        try {
            Process process = new ProcessBuilder(command).directory(new java.io.File("/tmp")).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("could not " + what + " (" + String.join(" ", command) + "):\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("could not " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + what, e);
        }
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
