package dev.teamsso.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Calls the team management API ({@code /realms/{realm}/teams/{teamId}...}) with a person's
 * bearer access token, as the platform does. The dashboard stand-in and the tests use it.
 */
public final class TeamApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String teamsUrl;

    public TeamApiClient(String realmUrl) {
        this.teamsUrl = realmUrl + "/teams";
    }

    public Answer team(String token, String teamId) {
        return send("GET", path(teamId), token, null, null);
    }

    public Answer members(String token, String teamId, Map<String, String> query) {
        String queryString = query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send("GET", path(teamId, "members") + (queryString.isEmpty() ? "" : "?" + queryString), token, null, null);
    }

    public Answer member(String token, String teamId, String userId) {
        return send("GET", path(teamId, "members", userId), token, null, null);
    }

    public Answer setRole(String token, String teamId, String userId, String role) {
        return send("PUT", path(teamId, "members", userId, "role"), token, "application/json",
                "{\"role\":\"" + role + "\"}");
    }

    /** {@code POST members/{userId}/deactivate} (active false) or {@code .../reactivate} (true). */
    public Answer setActive(String token, String teamId, String userId, boolean active) {
        return send("POST", path(teamId, "members", userId, active ? "reactivate" : "deactivate"), token, null, null);
    }

    /**
     * Any request below {@code /teams}: {@code relativePath} as built by {@link #path}, plus an
     * optional query; {@code token}, {@code contentType} and {@code body} may each be null.
     */
    public Answer send(String method, String relativePath, String token, String contentType, String body) {
        HttpResponse<String> response = HttpCalls.send(http, method, URI.create(teamsUrl + relativePath), Duration.ofSeconds(30),
                token, contentType, body, "Accept", "application/json");
        return new Answer(response.statusCode(), response.headers().firstValue("WWW-Authenticate").orElse(null),
                response.body(), response);
    }

    /** {@code /seg1/seg2...}, each segment percent-encoded. */
    public static String path(String... segments) {
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            path.append('/').append(encode(segment).replace("+", "%20"));
        }
        return path.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An answer: its status, its {@code WWW-Authenticate} header (or null), its body, and the whole response. */
    public record Answer(int status, String wwwAuthenticate, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (HTTP " + status + "): " + body, e);
            }
        }

        /** The {@code error} code of an error body, or null. */
        public String error() {
            JsonNode error = json().get("error");
            return error == null ? null : error.asText();
        }
    }
}
