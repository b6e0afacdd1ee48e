package dev.teamsso.testing.setup;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * An "Okta" on loopback whose discovery document is Okta-shaped and whose token endpoint
 * refuses every client ({@code 401 invalid_client}), as Okta does for a wrong client secret.
 */
final class RefusingOkta implements AutoCloseable {

    private final HttpServer server;

    private RefusingOkta(HttpServer server) {
        this.server = server;
    }

    static RefusingOkta start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            RefusingOkta okta = new RefusingOkta(http);
            http.createContext("/", okta::handle);
            http.start();
            return okta;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String issuer() {
        return "http://localhost:" + server.getAddress().getPort() + "/oauth2/default";
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/.well-known/openid-configuration")) {
            String issuer = issuer();
            answer(exchange, 200, "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/v1/authorize\","
                    + "\"token_endpoint\":\"" + issuer + "/v1/token\",\"jwks_uri\":\"" + issuer + "/v1/keys\"}");
        } else if (path.endsWith("/v1/token")) {
            answer(exchange, 401, "{\"error\":\"invalid_client\",\"error_description\":\"Invalid value for 'client_id' parameter.\"}");
        } else {
            answer(exchange, 404, "{}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
