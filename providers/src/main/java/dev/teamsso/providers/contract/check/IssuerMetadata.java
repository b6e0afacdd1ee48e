package dev.teamsso.providers.contract.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The endpoints of a team's Okta authorization server, read from its discovery document,
 * whose {@code issuer} must equal the configured one exactly. Redirects are never followed
 * (a redirect is a URL nobody checked), the wait is short and the document read is small
 * ({@link OutboundHttp}). Plain JDK and Jackson, which Keycloak ships: the server and the
 * {@code teams} tool share it.
 */
public record IssuerMetadata(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri, URI endSessionEndpoint,
                             URI userinfoEndpoint) {

    /** How long to wait for the issuer to connect and to answer, in milliseconds. */
    public static final int TIMEOUT_MILLIS = 10_000;

    private static final String WELL_KNOWN = "/.well-known/openid-configuration";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Without a userinfo endpoint (the team IdP never calls it). */
    public IssuerMetadata(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri, URI endSessionEndpoint) {
        this(issuer, authorizationEndpoint, tokenEndpoint, jwksUri, endSessionEndpoint, null);
    }

    /** Every endpoint the document names, by its discovery key; absent ones left out. */
    public Map<String, URI> endpoints() {
        Map<String, URI> endpoints = new LinkedHashMap<>();
        endpoints.put("authorization_endpoint", authorizationEndpoint);
        endpoints.put("token_endpoint", tokenEndpoint);
        endpoints.put("jwks_uri", jwksUri);
        endpoints.put("userinfo_endpoint", userinfoEndpoint);
        endpoints.put("end_session_endpoint", endSessionEndpoint);
        endpoints.values().removeIf(Objects::isNull);
        return endpoints;
    }

    /** Fetches {@code {issuer}/.well-known/openid-configuration} and checks its issuer. */
    public static IssuerMetadata discover(String issuer) throws IssuerDiscoveryException {
        IssuerMetadata advertised = fetch(issuer);
        if (!advertised.issuer().equals(issuer)) {
            throw new IssuerDiscoveryException(issuer, "it names another issuer, " + advertised.issuer(), null);
        }
        return advertised;
    }

    /** Fetches the discovery document of {@code issuer}, whatever issuer it names. */
    public static IssuerMetadata fetch(String issuer) throws IssuerDiscoveryException {
        URI document;
        try {
            document = URI.create(issuer.replaceAll("/+$", "") + WELL_KNOWN);
        } catch (IllegalArgumentException e) {
            throw new IssuerDiscoveryException(issuer, "it is not a URL a discovery document can be read from", e);
        }
        OutboundHttp.Answer answer;
        try {
            answer = OutboundHttp.send(OutboundHttp.to(document).header("Accept", "application/json").GET());
        } catch (IOException e) {
            throw new IssuerDiscoveryException(issuer, "it could not be reached (" + e + ")", e);
        }
        if (answer.status() != 200) {
            throw new IssuerDiscoveryException(issuer, "it answered HTTP " + answer.status()
                    + (answer.status() / 100 == 3 ? " (a redirect; redirects are not followed)" : ""), null);
        }
        if (answer.truncated()) {
            throw new IssuerDiscoveryException(issuer, "its answer is larger than " + OutboundHttp.MAX_BODY_BYTES
                    + " bytes, not an OpenID discovery document", null);
        }
        try {
            JsonNode metadata = JSON.readTree(answer.body());
            return new IssuerMetadata(required(metadata, "issuer"),
                    URI.create(required(metadata, "authorization_endpoint")),
                    URI.create(required(metadata, "token_endpoint")),
                    URI.create(required(metadata, "jwks_uri")),
                    optional(metadata, "end_session_endpoint"),
                    optional(metadata, "userinfo_endpoint"));
        } catch (IOException | IllegalArgumentException e) {
            throw new IssuerDiscoveryException(issuer, "its answer is not an OpenID discovery document (" + e.getMessage() + ")", e);
        }
    }

    private static String required(JsonNode metadata, String key) throws IOException {
        JsonNode value = metadata == null ? null : metadata.get(key);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new IOException("missing " + key);
        }
        return value.asText();
    }

    private static URI optional(JsonNode metadata, String key) {
        JsonNode value = metadata.get(key);
        return value != null && value.isTextual() && !value.asText().isEmpty() ? URI.create(value.asText()) : null;
    }

    /** The issuer's discovery document could not be read, or names another issuer. */
    public static final class IssuerDiscoveryException extends Exception {

        private final String reason;

        IssuerDiscoveryException(String issuer, String reason, Throwable cause) {
            super("could not read the OpenID discovery document of " + issuer + ": " + reason, cause);
            this.reason = reason;
        }

        /** Why, in words: {@code it answered HTTP 404}. */
        public String reason() {
            return reason;
        }
    }
}
