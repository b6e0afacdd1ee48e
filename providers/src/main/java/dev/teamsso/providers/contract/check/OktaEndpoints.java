package dev.teamsso.providers.contract.check;

import java.net.URI;

/**
 * The endpoints of an Okta issuer by Okta's fixed layout, for {@code --skip-checks} when the
 * discovery document cannot be read: {@code {issuer}/v1/...} for a custom authorization server
 * ({@code /oauth2/<id>}), {@code {issuer}/oauth2/v1/...} for the org authorization server.
 */
final class OktaEndpoints {

    private OktaEndpoints() {
    }

    static IssuerMetadata assumedFor(String issuer) {
        String base = URI.create(issuer).getPath().startsWith("/oauth2/") ? issuer + "/v1/" : issuer + "/oauth2/v1/";
        return new IssuerMetadata(issuer,
                URI.create(base + "authorize"),
                URI.create(base + "token"),
                URI.create(base + "keys"),
                URI.create(base + "logout"));
    }
}
