package dev.teamsso.testing.cluster;

import dev.teamsso.testing.FreePort;
import dev.teamsso.testing.HarnessSettings;
import dev.teamsso.testing.KeycloakDistribution;
import dev.teamsso.testing.KeycloakServer;
import dev.teamsso.testing.KeycloakServerOptions;
import dev.teamsso.testing.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Keycloak node of a cluster: its own unpacked server folder, built once for PostgreSQL
 * ({@code kc.sh build}), then run with {@code kc.sh start --optimized --cache=ispn} on its own
 * loopback HTTP, management and cluster-transport ports. Its ports stay the same across a kill
 * and a restart, so the balancer finds it again.
 */
public final class ClusterNode {

    /** Options {@code kc.sh build} bakes into the server; {@code start --optimized} must not repeat them. */
    static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--health-enabled=true");
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(8);

    private final String name;
    private final KeycloakServerOptions options;
    private final int clusterPort;
    private KeycloakServer server;

    private ClusterNode(String name, KeycloakServerOptions options, int clusterPort) {
        this.name = name;
        this.options = options;
        this.clusterPort = clusterPort;
    }

    /** A node named {@code name} (also its JGroups name) whose pages claim to be at {@code publicUrl}. */
    static ClusterNode create(String name, String instance, PostgresServer database, String publicUrl, List<String> extra) {
        int clusterPort = FreePort.find();
        List<String> arguments = new ArrayList<>(List.of(
                "--http-enabled=true",
                "--http-host=127.0.0.1",
                "--hostname=" + publicUrl,
                "--proxy-headers=xforwarded",
                "--proxy-trusted-addresses=127.0.0.1",
                "--cache=ispn",
                "--cache-embedded-network-bind-address=127.0.0.1",
                "--cache-embedded-network-bind-port=" + clusterPort,
                "--spi-cache-embedded-default-node-name=" + name,
                "--db-url=" + database.jdbcUrl(),
                "--db-username=" + database.username(),
                "--db-password=" + database.password(),
                "--spi-authenticator--team-sso-login-form--misses-per-attempt=" + KeycloakServerOptions.TEST_MISSES_PER_ATTEMPT));
        arguments.addAll(extra);
        KeycloakServerOptions options = new KeycloakServerOptions(instance, FreePort.find(), FreePort.find(),
                KeycloakServerOptions.Mode.OPTIMIZED, arguments, Map.of());
        return new ClusterNode(name, options, clusterPort);
    }

    public String name() {
        return name;
    }

    public int httpPort() {
        return options.httpPort();
    }

    public int managementPort() {
        return options.managementPort();
    }

    public int clusterPort() {
        return clusterPort;
    }

    /** The running server (or the last one, after a kill). */
    public KeycloakServer server() {
        return server;
    }

    public boolean isAlive() {
        return server != null && server.isAlive();
    }

    /**
     * Unpacks the distribution (once), installs our jars and runs {@code kc.sh build} for
     * PostgreSQL, unless the last build was of the same jars with the same options (a build
     * takes minutes on a loaded machine).
     */
    void build() {
        HarnessSettings settings = HarnessSettings.load();
        KeycloakDistribution distribution = KeycloakDistribution.prepare(settings, options.instance());
        BuildStamp stamp = BuildStamp.of(distribution.home(), BUILD_OPTIONS);
        if (stamp.isCurrent()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(distribution.launcher().toString(), "build"));
        command.addAll(BUILD_OPTIONS);
        Path log = settings.workDir().resolve(options.instance() + "-build.log");
        try {
            Process build = new ProcessBuilder(command).directory(distribution.home().toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!build.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                build.destroyForcibly();
                throw new IllegalStateException("kc.sh build of " + name + " took longer than " + BUILD_TIMEOUT + "; log " + log);
            }
            if (build.exitValue() != 0) {
                throw new IllegalStateException("kc.sh build of " + name + " failed; log " + log + ":\n" + Files.readString(log));
            }
            stamp.save();
        } catch (IOException e) {
            throw new UncheckedIOException("could not run kc.sh build for " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building " + name, e);
        }
    }

    /** Starts the node (importing the realm if the database has none yet) and returns once it is ready. */
    void start() {
        server = KeycloakServer.start(options);
    }

    /** Starts the node again after a kill, on the same ports and the same database. */
    public void restart() {
        server = KeycloakServer.restart(options);
    }

    /** SIGKILL, as a crash would. */
    public void kill() {
        server.kill();
    }

    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** How many members the last cluster view this node logged has, 0 before the first. */
    public int viewSize() {
        return server == null ? 0 : ClusterView.lastSize(server.logFile());
    }
}
