package dev.teamsso.testing.cluster;

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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy (Debian's {@code haproxy} package) in front of the nodes, on one loopback port, run
 * in the foreground as a child process with {@code haproxy/haproxy.cfg}. Every answer names the
 * node that served it in {@value #NODE_HEADER}.
 */
public final class Balancer implements AutoCloseable {

    /** The response header HAProxy adds: the name of the node that served the request. */
    public static final String NODE_HEADER = "X-Team-Sso-Node";
    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    private final Process process;
    private final int port;
    private final Path logFile;

    private Balancer(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /** Where HAProxy is installed, if it is. */
    public static Optional<Path> installation() {
        return Files.isExecutable(HAPROXY) ? Optional.of(HAPROXY) : Optional.empty();
    }

    static Balancer start(Path template, List<ClusterNode> nodes, int port, Path workDir) {
        Path haproxy = installation().orElseThrow(() -> new IllegalStateException(
                "HAProxy is not installed: apt-get install -y haproxy (.ci/run does)"));
        Path config = HaproxyConfig.write(template, nodes, workDir.resolve("haproxy.cfg"));
        Path log = workDir.resolve("haproxy.log");
        ProcessBuilder builder = new ProcessBuilder(haproxy.toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("TEAMSSO_BALANCER_BIND", "127.0.0.1:" + port);
        try {
            Balancer balancer = new Balancer(builder.start(), port, log);
            Runtime.getRuntime().addShutdownHook(new Thread(balancer::close, "haproxy-stop"));
            return balancer;
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + haproxy, e);
        }
    }

    /** The cluster's public URL: what every node has as {@code --hostname}. */
    public String url() {
        return url(port);
    }

    static String url(int port) {
        return "http://localhost:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    /** Waits until requests through the balancer have been served by every one of {@code nodeNames}. */
    void awaitServing(Set<String> nodeNames, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/realms/master")).timeout(Duration.ofSeconds(10)).build();
        Set<String> seen = new HashSet<>();
        Instant deadline = Instant.now().plus(timeout);
        while (!seen.containsAll(nodeNames) && Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy exited with status " + process.exitValue() + "; log " + logFile);
            }
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    response.headers().firstValue(NODE_HEADER).ifPresent(seen::add);
                }
                Thread.sleep(200);
            } catch (IOException e) {
                // not listening yet, or no node up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the balancer", e);
            }
        }
        if (!seen.containsAll(nodeNames)) {
            throw new IllegalStateException("the balancer served only " + seen + " of " + nodeNames + " within " + timeout
                    + "; log " + logFile);
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
