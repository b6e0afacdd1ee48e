package dev.teamsso.testing.cluster;

import dev.teamsso.testing.FreePort;
import dev.teamsso.testing.HarnessSettings;
import dev.teamsso.testing.KeycloakServer;
import dev.teamsso.testing.OktaStandIn;
import dev.teamsso.testing.PostgresServer;
import dev.teamsso.testing.TeamSsoStack;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The production topology, on one machine: a private PostgreSQL, N Keycloak nodes in production
 * mode clustered by Keycloak's own embedded Infinispan ({@code --cache=ispn}, the default
 * {@code jdbc-ping} stack, which registers the nodes in that database), HAProxy in front, and
 * the Okta stand-in. {@link #stack()} talks to the cluster only through the balancer.
 */
public final class KeycloakCluster implements AutoCloseable {

    private static final Duration VIEW_TIMEOUT = Duration.ofMinutes(Long.getLong("teamsso.cluster.view.minutes", 4));

    private final PostgresServer database;
    private final List<ClusterNode> nodes;
    private final Balancer balancer;
    private final TeamSsoStack stack;
    private Duration startTime;

    private KeycloakCluster(PostgresServer database, List<ClusterNode> nodes, Balancer balancer, TeamSsoStack stack) {
        this.database = database;
        this.nodes = nodes;
        this.balancer = balancer;
        this.stack = stack;
    }

    public static KeycloakCluster start(ClusterOptions options) {
        Instant started = Instant.now();
        HarnessSettings settings = HarnessSettings.load();
        PostgresServer database = PostgresServer.start(settings.workDir().resolveSibling("postgres-" + options.name()));
        List<ClusterNode> nodes = new ArrayList<>();
        Balancer balancer = null;
        OktaStandIn okta = null;
        try {
            int balancerPort = options.balancerPort() > 0 ? options.balancerPort() : FreePort.find();
            for (int i = 1; i <= options.nodes(); i++) {
                nodes.add(ClusterNode.create("node" + i, options.name() + "-node" + i, database,
                        Balancer.url(balancerPort), options.extraArguments()));
            }
            CompletableFuture.allOf(nodes.stream().map(node -> CompletableFuture.runAsync(node::build))
                    .toArray(CompletableFuture[]::new)).join();
            // One after the other: the first creates the schema and imports the realm, the others find them.
            nodes.forEach(ClusterNode::start);
            balancer = Balancer.start(settings.projectDir().resolve("haproxy/haproxy.cfg"), nodes, balancerPort,
                    settings.workDir().resolve(options.name() + "-balancer"));
            okta = OktaStandIn.start(options.oktaPort());
            KeycloakCluster cluster = new KeycloakCluster(database, nodes, balancer,
                    TeamSsoStack.of(okta, KeycloakServer.external(balancer.url())));
            cluster.awaitFullView();
            cluster.startTime = Duration.between(started, Instant.now());
            return cluster;
        } catch (RuntimeException | Error e) {
            if (okta != null) {
                okta.close();
            }
            if (balancer != null) {
                balancer.close();
            }
            nodes.forEach(ClusterNode::stop);
            database.close();
            throw e;
        }
    }

    /**
     * Waits until every running node has logged a cluster view of all running nodes and the
     * balancer has sent a request to each of them.
     */
    public void awaitFullView() {
        List<ClusterNode> running = nodes.stream().filter(ClusterNode::isAlive).toList();
        Instant deadline = Instant.now().plus(VIEW_TIMEOUT);
        while (running.stream().anyMatch(node -> node.viewSize() != running.size())) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("no cluster view of " + running.size() + " within " + VIEW_TIMEOUT + ": "
                        + running.stream().map(node -> node.name() + " sees " + node.viewSize()).collect(Collectors.joining(", ")));
            }
            pause();
        }
        balancer.awaitServing(running.stream().map(ClusterNode::name).collect(Collectors.toSet()), VIEW_TIMEOUT);
    }

    /** The Okta stand-in and the cluster as one Keycloak at the balancer's URL. */
    public TeamSsoStack stack() {
        return stack;
    }

    public List<ClusterNode> nodes() {
        return nodes;
    }

    public ClusterNode node(String name) {
        return nodes.stream().filter(node -> node.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + name));
    }

    public Set<String> nodeNames() {
        return nodes.stream().map(ClusterNode::name).collect(Collectors.toSet());
    }

    public Balancer balancer() {
        return balancer;
    }

    public PostgresServer database() {
        return database;
    }

    /** From the start of PostgreSQL to a full cluster view behind the balancer. */
    public Duration startTime() {
        return startTime;
    }

    @Override
    public void close() {
        try {
            stack.close();
            balancer.close();
            nodes.forEach(ClusterNode::stop);
        } finally {
            database.close();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the cluster view", e);
        }
    }
}
