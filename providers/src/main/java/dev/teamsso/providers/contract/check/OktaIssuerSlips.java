package dev.teamsso.providers.contract.check;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Names the usual reason when the issuer a discovery document advertises differs from the one
 * the customer sent: a trailing slash, or Okta's org authorization server
 * ({@code https://acme.okta.com}) mixed up with a custom one
 * ({@code https://acme.okta.com/oauth2/default}).
 */
final class OktaIssuerSlips {

    private OktaIssuerSlips() {
    }

    /** The problem to report when {@code given} is not the {@code advertised} issuer. */
    static Problem issuerMismatch(String given, String advertised) {
        String found = "the discovery document of '" + given + "' names the issuer '" + advertised + "'";
        String use = Field.ISSUER.flag() + " " + advertised;
        if (given.equals(advertised + "/")) {
            return new Problem(Field.ISSUER, found + " (no trailing slash)", "remove the trailing slash: " + use);
        }
        if (advertised.equals(given + "/")) {
            return new Problem(Field.ISSUER, found + " (with a trailing slash)", "add the trailing slash: " + use);
        }
        if (sameHost(given, advertised) && isCustomServer(given) != isCustomServer(advertised)) {
            return new Problem(Field.ISSUER, found,
                    "Okta's org authorization server (https://<org>.okta.com) and its custom authorization servers"
                            + " (https://<org>.okta.com/oauth2/<id>) are different issuers; use " + use
                            + " only if the Issuer on the customer's Okta app says so, otherwise ask the customer");
        }
        return new Problem(Field.ISSUER, found,
                "use " + use + " if that is the same authorization server (for example Okta behind a custom domain),"
                        + " otherwise ask the customer for the exact Issuer shown on their Okta app");
    }

    private static boolean isCustomServer(String issuer) {
        String path = parse(issuer).getPath();
        return path != null && path.startsWith("/oauth2/");
    }

    private static boolean sameHost(String a, String b) {
        String hostA = parse(a).getHost();
        return hostA != null && hostA.equalsIgnoreCase(parse(b).getHost());
    }

    private static URI parse(String uri) {
        try {
            return new URI(uri);
        } catch (URISyntaxException e) {
            return URI.create("invalid:issuer");
        }
    }
}
