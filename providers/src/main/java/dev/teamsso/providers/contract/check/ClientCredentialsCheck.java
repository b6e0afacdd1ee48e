package dev.teamsso.providers.contract.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Asks the issuer's token endpoint whether it knows the client ID and secret: a
 * {@code client_credentials} request authenticated with {@code client_secret_basic}, the method
 * the team's identity provider uses. Nothing is kept from the answer. The endpoint passed the
 * {@link dev.teamsso.providers.contract.OutboundUrlRule} before; a redirect is not followed (it
 * would carry the secret to a URL nobody checked).
 */
final class ClientCredentialsCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClientCredentialsCheck() {
    }

    static Optional<Problem> check(URI tokenEndpoint, String clientId, String clientSecret) {
        OutboundHttp.Answer answer;
        try {
            answer = OutboundHttp.send(OutboundHttp.to(tokenEndpoint)
                    .header("Authorization", "Basic " + basic(clientId, clientSecret))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        } catch (IOException e) {
            return Optional.of(new Problem(Field.CLIENT_SECRET,
                    "could not be checked: the token endpoint " + tokenEndpoint + " could not be reached (" + e + ")",
                    "make sure this machine can reach the issuer, or add --skip-checks to save without checking"));
        }
        boolean success = answer.status() / 100 == 2;
        return switch (TokenEndpointVerdict.of(answer.status(), success ? null : errorCode(answer.body()))) {
            case ACCEPTED -> Optional.empty();
            case REJECTED -> Optional.of(new Problem(Field.CLIENT_SECRET,
                    "the issuer's token endpoint refused client ID '" + clientId + "' with this secret (invalid_client)",
                    "copy the Client ID and Client Secret again from the customer's Okta app (General tab, Client"
                            + " Credentials); a secret that was rotated in Okta must be sent again"));
            case UNKNOWN -> Optional.of(new Problem(Field.CLIENT_SECRET,
                    "could not be checked: the token endpoint " + tokenEndpoint + " answered HTTP " + answer.status(),
                    "try again later, or add --skip-checks to save without checking"));
        };
    }

    /** RFC 6749 §2.3.1: each part form-encoded, then joined with a colon and base64-encoded. */
    private static String basic(String clientId, String clientSecret) {
        String pair = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static String errorCode(byte[] body) {
        try {
            JsonNode error = JSON.readTree(body);
            return error != null && error.path("error").isTextual() ? error.get("error").asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
