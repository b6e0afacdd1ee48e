package dev.teamsso.providers.contract.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDK-only discovery read and token-endpoint check against a real HTTP server on loopback. */
class IssuerMetadataTest {

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile String authorization;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path);
            authorization = exchange.getRequestHeaders().getFirst("Authorization");
            int status;
            String body;
            if (path.equals("/okta/.well-known/openid-configuration")) {
                status = 200;
                body = "{\"issuer\":\"" + issuer() + "\",\"authorization_endpoint\":\"" + issuer() + "/v1/authorize\","
                        + "\"token_endpoint\":\"" + issuer() + "/v1/token\",\"jwks_uri\":\"" + issuer() + "/v1/keys\"}";
            } else if (path.equals("/moved/.well-known/openid-configuration")) {
                exchange.getResponseHeaders().set("Location", issuer() + "/.well-known/openid-configuration");
                status = 302;
                body = "";
            } else if (path.equals("/huge/.well-known/openid-configuration")) {
                status = 200;
                body = "{\"issuer\":\"" + "x".repeat(OutboundHttp.MAX_BODY_BYTES) + "\"}";
            } else if (path.equals("/okta/v1/token")) {
                status = 401;
                body = "{\"error\":\"invalid_client\"}";
            } else {
                status = 404;
                body = "{}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    private String issuer() {
        return base() + "/okta";
    }

    @Test
    void readsTheDocumentsEndpoints() throws IssuerMetadata.IssuerDiscoveryException {
        IssuerMetadata metadata = IssuerMetadata.discover(issuer());

        assertThat(metadata.tokenEndpoint()).isEqualTo(URI.create(issuer() + "/v1/token"));
        assertThat(metadata.jwksUri()).isEqualTo(URI.create(issuer() + "/v1/keys"));
        assertThat(metadata.endSessionEndpoint()).isNull();
    }

    @Test
    void neverFollowsARedirect() {
        assertThatThrownBy(() -> IssuerMetadata.fetch(base() + "/moved"))
                .isInstanceOfSatisfying(IssuerMetadata.IssuerDiscoveryException.class, e ->
                        assertThat(e.reason()).contains("HTTP 302").contains("redirects are not followed"));
        assertThat(requests).containsExactly("GET /moved/.well-known/openid-configuration");
    }

    @Test
    void refusesADocumentLargerThanTheLimit() {
        assertThatThrownBy(() -> IssuerMetadata.fetch(base() + "/huge"))
                .isInstanceOfSatisfying(IssuerMetadata.IssuerDiscoveryException.class, e ->
                        assertThat(e.reason()).contains("larger than " + OutboundHttp.MAX_BODY_BYTES));
    }

    @Test
    void aRefusedClientIsReportedWithoutTheSecretAndTheSecretGoesAsBasicAuthentication() {
        var problem = ClientCredentialsCheck.check(URI.create(issuer() + "/v1/token"), "0oa:client", "s3cr3t&value");

        assertThat(problem).hasValueSatisfying(found -> {
            assertThat(found.field()).isEqualTo(Field.CLIENT_SECRET);
            assertThat(found.describe()).contains("invalid_client").doesNotContain("s3cr3t");
        });
        assertThat(authorization).isEqualTo("Basic " + java.util.Base64.getEncoder().encodeToString(
                "0oa%3Aclient:s3cr3t%26value".getBytes(StandardCharsets.UTF_8)));
    }
}
