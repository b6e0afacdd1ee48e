package dev.teamsso.testing.cluster;

import dev.teamsso.testing.PostgresServer;
import dev.teamsso.testing.Prerequisite;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * JUnit 5 extension that hands tests the one {@link KeycloakCluster} of this JVM: started by the
 * first test that asks for it, shared by every cluster suite, stopped when the run ends. The
 * cluster suites run in a JVM of their own (failsafe execution {@code cluster}), so the
 * one-node suites keep their single server. Logs: {@code testing/target/keycloak/cluster-node*-keycloak.log}
 * and {@code cluster-balancer/haproxy.log}. Without HAProxy or PostgreSQL the suites are skipped
 * with the reason, or fail in CI ({@link Prerequisite}).
 */
public final class TeamSsoClusterExtension implements ParameterResolver, ExecutionCondition {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TeamSsoClusterExtension.class);

    /** Runs before the suite's instance (and so the cluster) is made: an abort there would be an error, not a skip. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try {
            Prerequisite.require(Balancer.installation().isPresent(),
                    "HAProxy is not installed: apt-get install haproxy (CI does) to run the cluster suites");
            Prerequisite.require(PostgresServer.installation().isPresent(),
                    "PostgreSQL is not installed: apt-get install postgresql (CI does) to run the cluster suites");
            return ConditionEvaluationResult.enabled("HAProxy and PostgreSQL are installed");
        } catch (TestAbortedException missing) {
            return ConditionEvaluationResult.disabled(missing.getMessage());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KeycloakCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, key -> new Running(start()), Running.class).cluster;
    }

    private static KeycloakCluster start() {
        KeycloakCluster cluster = KeycloakCluster.start(ClusterOptions.forTests());
        System.out.printf("Team SSO test cluster: %d nodes behind %s ready in %d ms (PostgreSQL %s)%n",
                cluster.nodes().size(), cluster.balancer().url(), cluster.startTime().toMillis(), cluster.database().jdbcUrl());
        return cluster;
    }

    /** Closes the cluster when the test run's root context closes. */
    private record Running(KeycloakCluster cluster) implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        @Override
        public void close() {
            cluster.close();
        }
    }
}
