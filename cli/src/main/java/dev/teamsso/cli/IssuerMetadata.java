package dev.teamsso.cli;

import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.io.IOException;
import java.net.URI;

/**
 * The endpoints of a team's Okta authorization server, read from its discovery document,
 * whose {@code issuer} must equal the configured one exactly.
 */
public record IssuerMetadata(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri, URI endSessionEndpoint) {

    /** Fetches {@code {issuer}/.well-known/openid-configuration} and checks its issuer. */
    public static IssuerMetadata discover(String issuer) throws IssuerDiscoveryException {
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(issuer));
            return new IssuerMetadata(
                    metadata.getIssuer().getValue(),
                    metadata.getAuthorizationEndpointURI(),
                    metadata.getTokenEndpointURI(),
                    metadata.getJWKSetURI(),
                    metadata.getEndSessionEndpointURI());
        } catch (GeneralException | IOException e) {
            throw new IssuerDiscoveryException(issuer, e);
        }
    }

    /** The issuer's discovery document could not be read, or names another issuer. */
    public static final class IssuerDiscoveryException extends Exception {
        IssuerDiscoveryException(String issuer, Throwable cause) {
            super("could not read the OpenID discovery document of " + issuer + ": " + cause.getMessage(), cause);
        }
    }
}
