package dev.teamsso.cli.check;

import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import dev.teamsso.cli.IssuerMetadata;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * Asks the issuer's token endpoint whether it knows the client ID and secret: a
 * {@code client_credentials} request authenticated with {@code client_secret_basic}, the method
 * the team's identity provider uses. Nothing is kept from the answer. The endpoint passed the
 * {@link dev.teamsso.providers.contract.OutboundUrlRule} before; a redirect is not followed (it
 * would carry the secret to a URL nobody checked).
 */
final class ClientCredentialsCheck {

    private ClientCredentialsCheck() {
    }

    static Optional<Problem> check(URI tokenEndpoint, String clientId, String clientSecret) {
        HTTPResponse response;
        try {
            HTTPRequest request = new TokenRequest(tokenEndpoint,
                    new ClientSecretBasic(new ClientID(clientId), new Secret(clientSecret)),
                    new ClientCredentialsGrant()).toHTTPRequest();
            request.setConnectTimeout(IssuerMetadata.TIMEOUT_MILLIS);
            request.setReadTimeout(IssuerMetadata.TIMEOUT_MILLIS);
            request.setFollowRedirects(false);
            response = request.send();
        } catch (IOException e) {
            return Optional.of(new Problem(Field.CLIENT_SECRET,
                    "could not be checked: the token endpoint " + tokenEndpoint + " could not be reached (" + e + ")",
                    "make sure this machine can reach the issuer, or add --skip-checks to save without checking"));
        }
        String errorCode = response.indicatesSuccess() ? null : ErrorObject.parse(response).getCode();
        return switch (TokenEndpointVerdict.of(response.getStatusCode(), errorCode)) {
            case ACCEPTED -> Optional.empty();
            case REJECTED -> Optional.of(new Problem(Field.CLIENT_SECRET,
                    "the issuer's token endpoint refused client ID '" + clientId + "' with this secret (invalid_client)",
                    "copy the Client ID and Client Secret again from the customer's Okta app (General tab, Client"
                            + " Credentials); a secret that was rotated in Okta must be sent again"));
            case UNKNOWN -> Optional.of(new Problem(Field.CLIENT_SECRET,
                    "could not be checked: the token endpoint " + tokenEndpoint + " answered HTTP " + response.getStatusCode(),
                    "try again later, or add --skip-checks to save without checking"));
        };
    }
}
