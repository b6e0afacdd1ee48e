package dev.teamsso.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Talks to one team's SCIM service ({@code /realms/{realm}/teams/{teamId}/scim/v2}) the way
 * Okta's provisioning does: its headers, its bodies. The tests, the demo and the benchmark use it.
 */
public final class ScimClient {

    public static final String SCIM_JSON = "application/scim+json; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;

    public ScimClient(String realmUrl, String teamId, String token) {
        this(realmUrl + "/teams/" + teamId + "/scim/v2", token);
    }

    private ScimClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public ScimClient withToken(String otherToken) {
        return new ScimClient(baseUrl, otherToken);
    }

    public Answer get(String path) {
        return send("GET", path, null, null);
    }

    public Answer post(String path, String body) {
        return send("POST", path, SCIM_JSON, body);
    }

    public Answer put(String path, String body) {
        return send("PUT", path, SCIM_JSON, body);
    }

    public Answer patch(String path, String body) {
        return send("PATCH", path, SCIM_JSON, body);
    }

    public Answer delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** Okta's "does this user exist?" call: {@code GET /Users?filter=userName eq "…"&startIndex=1&count=100}. */
    public Answer findUser(String userName) {
        return get("/Users?filter=" + encode("userName eq \"" + userName + "\"") + "&startIndex=1&count=100");
    }

    /** Okta's deactivation: {@code PATCH /Users/{id}} replacing {@code active} without a path. */
    public Answer setActive(String id, boolean active) {
        return patch("/Users/" + id, patchOp("{\"op\":\"replace\",\"value\":{\"active\":" + active + "}}"));
    }

    /** {@code path} relative to the base URL; {@code contentType} and {@code body} may be null. */
    public Answer send(String method, String path, String contentType, String body) {
        HttpResponse<String> response = HttpCalls.send(http, method, URI.create(baseUrl + path), Duration.ofSeconds(60), token,
                contentType, body, "Accept", "application/scim+json", "User-Agent", "Okta SCIM Client 1.0.0");
        return new Answer(response.statusCode(), response.body(), response);
    }

    /** The body Okta POSTs to create a user (its password field included; we ignore it). */
    public static String oktaUser(String userName, String externalId, String givenName, String familyName, boolean active) {
        ObjectNode user = JSON.createObjectNode();
        user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
        user.put("userName", userName);
        user.putObject("name").put("givenName", givenName).put("familyName", familyName);
        user.putArray("emails").addObject().put("primary", true).put("value", userName).put("type", "work");
        user.put("displayName", givenName + " " + familyName);
        user.put("locale", "en-US");
        if (externalId != null) {
            user.put("externalId", externalId);
        }
        user.putArray("groups");
        user.put("password", "1mz050nq");
        user.put("active", active);
        return user.toString();
    }

    /** A PatchOp message with these operations (JSON objects, comma-separated). */
    public static String patchOp(String operations) {
        return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + operations + "]}";
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** An answer: its status, its body and the whole response. */
    public record Answer(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (HTTP " + status + "): " + body, e);
            }
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse(null);
        }
    }
}
