package dev.teamsso.cli;

import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The endpoints of a team's Okta authorization server, read from its discovery document,
 * whose {@code issuer} must equal the configured one exactly. Redirects are never followed
 * (a redirect is a URL nobody checked).
 */
public record IssuerMetadata(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri, URI endSessionEndpoint,
                             URI userinfoEndpoint) {

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

    /** How long to wait for the issuer to connect and to answer, in milliseconds. */
    public static final int TIMEOUT_MILLIS = 10_000;

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
        HTTPResponse response;
        try {
            HTTPRequest request = new HTTPRequest(HTTPRequest.Method.GET, OIDCProviderMetadata.resolveURL(new Issuer(issuer)));
            request.setConnectTimeout(TIMEOUT_MILLIS);
            request.setReadTimeout(TIMEOUT_MILLIS);
            request.setFollowRedirects(false);
            response = request.send();
        } catch (GeneralException | IllegalArgumentException e) {
            throw new IssuerDiscoveryException(issuer, "it is not a URL a discovery document can be read from", e);
        } catch (IOException e) {
            throw new IssuerDiscoveryException(issuer, "it could not be reached (" + e + ")", e);
        }
        if (response.getStatusCode() != HTTPResponse.SC_OK) {
            throw new IssuerDiscoveryException(issuer, "it answered HTTP " + response.getStatusCode()
                    + (response.getStatusCode() / 100 == 3 ? " (a redirect; redirects are not followed)" : ""), null);
        }
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.parse(response.getBodyAsJSONObject());
            return new IssuerMetadata(
                    metadata.getIssuer().getValue(),
                    metadata.getAuthorizationEndpointURI(),
                    metadata.getTokenEndpointURI(),
                    metadata.getJWKSetURI(),
                    metadata.getEndSessionEndpointURI(),
                    metadata.getUserInfoEndpointURI());
        } catch (ParseException e) {
            throw new IssuerDiscoveryException(issuer, "its answer is not an OpenID discovery document (" + e.getMessage() + ")", e);
        }
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
