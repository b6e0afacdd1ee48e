package dev.teamsso.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Keycloak's account REST API ({@code /realms/{realm}/account}, what the account console calls)
 * with a person's bearer token, and the realm's token endpoint for password grants: the doors a
 * person could use without the team's Okta.
 */
public final class AccountRestClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String realmUrl;

    public AccountRestClient(String realmUrl) {
        this.realmUrl = realmUrl;
    }

    /** {@code GET /account{path}}. */
    public Answer get(String token, String path) {
        return send(HttpRequest.newBuilder(URI.create(realmUrl + "/account" + path)).GET(), token);
    }

    /** {@code POST /account{path}} with a JSON body. */
    public Answer post(String token, String path, JsonNode body) {
        return send(HttpRequest.newBuilder(URI.create(realmUrl + "/account" + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), token);
    }

    /** A resource-owner password grant at the realm's token endpoint for a public client. */
    public Answer passwordGrant(String clientId, String username, String password) {
        String form = "grant_type=password&client_id=" + encode(clientId) + "&username=" + encode(username)
                + "&password=" + encode(password) + "&scope=openid";
        return send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Answer send(HttpRequest.Builder request, String token) {
        request.timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** An answer's status and body. */
    public record Answer(int status, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (HTTP " + status + "): " + body, e);
            }
        }
    }
}
