package dev.teamsso.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.keycloak.admin.client.Keycloak;

/**
 * A real Keycloak server from the Maven Central distribution, run as a child process
 * ({@code kc.sh}). Its console output goes to {@link #logFile()} so a failed run can be read.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    /**
     * How long a start may take before it counts as failed: about 40 s on a quiet 2-core machine
     * (re-augmentation included), minutes on a shared, loaded one; {@code -Dteamsso.ready.timeout.minutes}
     * overrides it.
     */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(Long.getLong("teamsso.ready.timeout.minutes", 10));
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final int httpPort;
    private final int managementPort;
    private final Path logFile;
    private Duration startTime;
    private String externalBaseUrl;

    private KeycloakServer(Process process, int httpPort, int managementPort, Path logFile) {
        this.process = process;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.logFile = logFile;
    }

    /**
     * A server someone else runs, at {@code baseUrl}: nothing is started or stopped, its CPU time
     * and log are not known here. Its master realm admin must be {@value #ADMIN_USER}/{@value #ADMIN_PASSWORD}
     * unless the caller's admin client says otherwise.
     */
    public static KeycloakServer external(String baseUrl) {
        KeycloakServer server = new KeycloakServer(null, 0, 0, null);
        server.externalBaseUrl = baseUrl.replaceAll("/+$", "");
        server.startTime = Duration.ZERO;
        return server;
    }

    /** Starts the server on a fresh database and returns once it reports ready; throws with the log's tail otherwise. */
    public static KeycloakServer start(KeycloakServerOptions options) {
        return start(options, true);
    }

    /**
     * Starts the server again on the data a previous run of the same instance left (the dev-file
     * H2 database, or whatever database the options name): for restarts after a crash. Its log
     * goes to {@code <instance>-keycloak-restart.log}.
     */
    public static KeycloakServer restart(KeycloakServerOptions options) {
        return start(options, false);
    }

    private static KeycloakServer start(KeycloakServerOptions options, boolean freshData) {
        HarnessSettings settings = HarnessSettings.load();
        KeycloakDistribution distribution = KeycloakDistribution.prepare(settings, options.instance(), freshData);
        int httpPort = options.httpPort() > 0 ? options.httpPort() : FreePort.find();
        int managementPort = options.managementPort() > 0 ? options.managementPort() : FreePort.find();
        Path logFile = settings.workDir().resolve(options.instance() + (freshData ? "" : "-restart") + "-keycloak.log");

        List<String> command = new ArrayList<>();
        command.add(distribution.launcher().toString());
        command.addAll(options.mode().arguments());
        command.add("--http-port=" + httpPort);
        command.add("--http-management-port=" + managementPort);
        command.add("--health-enabled=true");
        command.add("--import-realm");
        command.addAll(options.extraArguments());

        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(distribution.home().toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        Map<String, String> env = builder.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.putAll(options.environment());

        Instant started = Instant.now();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + distribution.launcher(), e);
        }
        KeycloakServer server = new KeycloakServer(process, httpPort, managementPort, logFile);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "keycloak-stop"));
        try {
            server.awaitReady();
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        server.startTime = Duration.between(started, Instant.now());
        return server;
    }

    public String baseUrl() {
        return externalBaseUrl != null ? externalBaseUrl : "http://localhost:" + httpPort;
    }

    public String realmUrl(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    public int httpPort() {
        return httpPort;
    }

    /** The management port, where {@code /health/ready} answers. */
    public int managementPort() {
        return managementPort;
    }

    /** Whether the server's process is still running (false for a server someone else runs). */
    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The management interface ({@code /health}, {@code /metrics}), or null for an external server. */
    public String managementUrl() {
        return process == null ? null : "http://localhost:" + managementPort;
    }

    /** The server's Java process (for {@code jcmd}, for example), if it runs here. */
    public Optional<ProcessHandle> javaProcess() {
        if (process == null) {
            return Optional.empty();
        }
        return process.descendants()
                .filter(child -> child.info().command().map(command -> command.endsWith("java")).orElse(false))
                .findFirst()
                .or(() -> Optional.of(process.toHandle()));
    }

    public Path logFile() {
        return logFile;
    }

    /** How long the server took from launch to ready. */
    public Duration startTime() {
        return startTime;
    }

    /** An admin client signed in as the bootstrap admin of the master realm. */
    public Keycloak adminClient() {
        return Keycloak.getInstance(baseUrl(), "master", ADMIN_USER, ADMIN_PASSWORD, "admin-cli");
    }

    /** The last lines of the server log, for failure messages. */
    public String logTail(int lines) {
        if (logFile == null) {
            return "(the server runs elsewhere; its log is not here)";
        }
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with status " + process.exitValue()
                        + " before it was ready; log " + logFile + ":\n" + logTail(40));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Keycloak was not ready within " + READY_TIMEOUT + " (more: -Dteamsso.ready.timeout.minutes=N); log " + logFile + ":\n" + logTail(40));
    }

    /**
     * CPU time the server has used so far (the launcher and the Java process it starts), or
     * empty when the operating system does not say.
     */
    public Optional<Duration> cpuTime() {
        if (process == null) {
            return Optional.empty();
        }
        Optional<Duration> own = process.info().totalCpuDuration();
        Duration total = own.orElse(Duration.ZERO);
        for (ProcessHandle child : process.descendants().toList()) {
            total = total.plus(child.info().totalCpuDuration().orElse(Duration.ZERO));
        }
        return own.isPresent() ? Optional.of(total) : Optional.empty();
    }

    /**
     * Kills the server at once, as a power cut or the OOM killer would: SIGKILL to the server
     * JVM and its launcher, no shutdown hooks, nothing flushed. Returns when it is gone.
     */
    public void kill() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            for (ProcessHandle handle : tree) {
                handle.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing Keycloak", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Keycloak did not die", e);
        }
    }

    /** Stops the server: TERM to the launcher (it forwards it), then KILL whatever is left. */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        tree.forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() {
        stop();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }
}
