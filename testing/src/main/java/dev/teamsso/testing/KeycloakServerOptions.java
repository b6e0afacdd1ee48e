package dev.teamsso.testing;

import java.util.List;
import java.util.Map;

/**
 * How to run one server.
 *
 * @param instance        folder name under the work dir, one per use ({@code it}, {@code demo}, {@code bench})
 * @param httpPort        the HTTP port, or 0 for a free one
 * @param managementPort  the management port ({@code /health}), or 0 for a free one
 * @param mode            development or production mode
 * @param extraArguments  more {@code kc.sh} options
 * @param environment     more environment variables (realm-file placeholders, {@code KC_*} options)
 */
public record KeycloakServerOptions(
        String instance, int httpPort, int managementPort, Mode mode, List<String> extraArguments,
        Map<String, String> environment) {

    public KeycloakServerOptions {
        extraArguments = List.copyOf(extraArguments);
        environment = Map.copyOf(environment);
    }

    public KeycloakServerOptions(String instance, int httpPort, Mode mode, List<String> extraArguments,
                                 Map<String, String> environment) {
        this(instance, httpPort, 0, mode, extraArguments, environment);
    }

    /** Team ID misses per sign-in attempt on test servers: not the default (5), to prove the option is read. */
    public static final int TEST_MISSES_PER_ATTEMPT = 4;

    static final int TEST_HTTP_CLIENT_SOCKET_TIMEOUT_MILLIS = 30_000;

    /** The set-up page may accept the Okta stand-in on {@code http://localhost} (dev mode only; see docs/setup-page.md). */
    public static final String SETUP_ALLOW_LOOPBACK = "--spi-realm-restapi-extension--teams--setup-allow-loopback-issuer=true";

    /**
     * A development-mode server on a free port, for tests. It takes the client address from
     * {@code X-Forwarded-For}, as behind a proxy, so each simulated browser can have its own;
     * as in production, only from trusted proxy addresses (here loopback, where the tests are).
     * The Okta stand-in runs inside the test JVM: on a loaded 2-core machine it can take longer
     * than Keycloak's 5 s default socket timeout to answer a JWKS or token request, so tests allow
     * {@value #TEST_HTTP_CLIENT_SOCKET_TIMEOUT_MILLIS} ms (a real timeout is still a failure).
     */
    public static KeycloakServerOptions forTests(String instance) {
        return new KeycloakServerOptions(instance, 0, Mode.DEVELOPMENT, List.of(
                "--proxy-headers=xforwarded", "--proxy-trusted-addresses=127.0.0.0/8,::1",
                "--spi-connections-http-client--default--socket-timeout-millis=" + TEST_HTTP_CLIENT_SOCKET_TIMEOUT_MILLIS,
                "--spi-authenticator--team-sso-login-form--misses-per-attempt=" + TEST_MISSES_PER_ATTEMPT,
                SETUP_ALLOW_LOOPBACK), Map.of());
    }

    public KeycloakServerOptions withHttpPort(int port) {
        return new KeycloakServerOptions(instance, port, managementPort, mode, extraArguments, environment);
    }

    public KeycloakServerOptions withManagementPort(int port) {
        return new KeycloakServerOptions(instance, httpPort, port, mode, extraArguments, environment);
    }

    public KeycloakServerOptions withMode(Mode other) {
        return new KeycloakServerOptions(instance, httpPort, managementPort, other, extraArguments, environment);
    }

    public KeycloakServerOptions withExtraArguments(List<String> more) {
        List<String> merged = new java.util.ArrayList<>(extraArguments);
        merged.addAll(more);
        return new KeycloakServerOptions(instance, httpPort, managementPort, mode, merged, environment);
    }

    public KeycloakServerOptions withEnvironment(Map<String, String> more) {
        Map<String, String> merged = new java.util.HashMap<>(environment);
        merged.putAll(more);
        return new KeycloakServerOptions(instance, httpPort, managementPort, mode, extraArguments, merged);
    }

    /**
     * The embedded dev-file H2 writing every commit to its file at once ({@code WRITE_DELAY=0}).
     * By default H2 flushes commits up to 500 ms later, so a killed server loses the last
     * acknowledged writes (CrashH2IT saw a first sign-in lose its Okta link).
     */
    public KeycloakServerOptions withDurableH2() {
        return withExtraArguments(List.of("--db-url-properties=;NON_KEYWORDS=VALUE;WRITE_DELAY=0"));
    }

    /** The same server on a PostgreSQL database instead of the embedded dev-file H2. */
    public KeycloakServerOptions withPostgres(PostgresServer database) {
        return withExtraArguments(List.of("--db=postgres", "--db-url=" + database.jdbcUrl(),
                "--db-username=" + database.username(), "--db-password=" + database.password()));
    }

    /** The {@code kc.sh} command for each mode. */
    public enum Mode {
        /** {@code start-dev}: embedded H2 file database, no theme caching. */
        DEVELOPMENT(List.of("start-dev")),
        /** {@code start}: caches on, plain HTTP allowed for loopback use only. */
        PRODUCTION(List.of("start", "--http-enabled=true", "--hostname-strict=false")),
        /**
         * {@code start --optimized}: production mode on a server already built with {@code kc.sh build}
         * (the caller passes every runtime option, {@code --hostname} among them).
         */
        OPTIMIZED(List.of("start", "--optimized"));

        private final List<String> arguments;

        Mode(List<String> arguments) {
            this.arguments = arguments;
        }

        List<String> arguments() {
            return arguments;
        }
    }
}
