package dev.teamsso.testing.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A customer's "Okta" that serves a discovery document of the test's choosing on
 * {@code http://localhost:PORT/okta}, and records every request that reaches it (the tool's
 * requests included), so that a test can show that nothing went where it must not.
 */
final class DiscoveryDocumentServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Map<String, Object> document = Map.of();
    private volatile String redirectTo;

    private DiscoveryDocumentServer(HttpServer server) {
        this.server = server;
    }

    /** Listens on {@code address} (loopback, or 0.0.0.0 for a trap reachable on every address). */
    static DiscoveryDocumentServer start(InetAddress address) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(address, 0), 0);
            DiscoveryDocumentServer server = new DiscoveryDocumentServer(http);
            http.createContext("/", server::handle);
            http.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DiscoveryDocumentServer onLoopback() {
        return start(InetAddress.getLoopbackAddress());
    }

    int port() {
        return server.getAddress().getPort();
    }

    String issuer() {
        return "http://localhost:" + port() + "/okta";
    }

    /** An Okta-like document on the issuer's own origin, with {@code overrides} replacing entries. */
    void serve(Map<String, Object> overrides) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", issuer());
        doc.put("authorization_endpoint", issuer() + "/v1/authorize");
        doc.put("token_endpoint", issuer() + "/v1/token");
        doc.put("jwks_uri", issuer() + "/v1/keys");
        doc.put("response_types_supported", List.of("code"));
        doc.put("subject_types_supported", List.of("public"));
        doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
        doc.putAll(overrides);
        document = doc;
    }

    /** The discovery URL answers 302 to {@code location}. */
    void redirectDiscoveryTo(String location) {
        redirectTo = location;
    }

    /** {@code GET /okta/.well-known/openid-configuration}, {@code POST /okta/v1/token}, ... in order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path);
            if (path.endsWith("/.well-known/openid-configuration") && redirectTo != null) {
                exchange.getResponseHeaders().add("Location", redirectTo);
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            if (path.equals("/okta/.well-known/openid-configuration")) {
                send(exchange, 200, json(document));
                return;
            }
            if (path.equals("/okta/v1/token")) {
                send(exchange, 400, "{\"error\":\"unauthorized_client\"}");
                return;
            }
            send(exchange, 404, "{}");
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String json(Map<String, Object> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
