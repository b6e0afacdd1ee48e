package dev.teamsso.testing.cluster;

import java.util.List;

/**
 * How to run a cluster.
 *
 * @param name           folder prefix under the work dir ({@code cluster} for tests, {@code demo-cluster} for the demo)
 * @param nodes          how many Keycloak nodes (at least 2)
 * @param balancerPort   the balancer's port, or 0 for a free one
 * @param oktaPort       the Okta stand-in's port, or 0 for a free one
 * @param extraArguments more {@code kc.sh start} options for every node
 */
public record ClusterOptions(String name, int nodes, int balancerPort, int oktaPort, List<String> extraArguments) {

    /** Team ID misses per client address on test clusters: small, so the throttle test reaches it quickly. */
    public static final int TEST_MISSES_PER_ADDRESS = 6;
    /** The throttle window on test clusters: short, so a cool-down the throttle test causes is over soon after. */
    public static final int TEST_THROTTLE_WINDOW_SECONDS = 20;

    public ClusterOptions {
        if (nodes < 2) {
            throw new IllegalArgumentException("a cluster has at least 2 nodes, not " + nodes);
        }
        extraArguments = List.copyOf(extraArguments);
    }

    /** Two nodes on free ports, with the test servers' throttle settings. */
    public static ClusterOptions forTests() {
        return new ClusterOptions("cluster", 2, 0, 0, List.of(
                "--spi-authenticator--team-sso-login-form--misses-per-address=" + TEST_MISSES_PER_ADDRESS,
                "--spi-authenticator--team-sso-login-form--window-seconds=" + TEST_THROTTLE_WINDOW_SECONDS));
    }
}
