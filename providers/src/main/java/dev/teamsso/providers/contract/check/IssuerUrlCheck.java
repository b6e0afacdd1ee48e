package dev.teamsso.providers.contract.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can be told about an issuer without fetching anything: an absolute HTTPS URL (plain HTTP
 * only on this machine, and only with the dev allowance), and none of the usual paste slips — an Okta admin-console address, a
 * discovery or endpoint URL instead of the issuer.
 */
final class IssuerUrlCheck {

    static final String EXAMPLE = "https://acme.okta.com/oauth2/default";

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final Pattern ADMIN_CONSOLE = Pattern.compile(
            "^([a-z0-9-]+)-admin\\.(okta\\.com|oktapreview\\.com|okta-emea\\.com|okta-gov\\.com)$");
    private static final Pattern PASTED_SUFFIX = Pattern.compile(
            "^(.*?)/?(\\.well-known/.*|(oauth2/)?v1/(authorize|token|keys|userinfo|logout).*)$");

    private IssuerUrlCheck() {
    }

    static Optional<Problem> check(String issuer, boolean allowLoopback) {
        if (issuer == null || issuer.isEmpty()) {
            return problem("missing", "give the Issuer from the customer's Okta app, like " + EXAMPLE);
        }
        if (!issuer.strip().equals(issuer) || issuer.contains(" ")) {
            return problem("'" + issuer + "' contains spaces", "use " + Field.ISSUER.flag() + " " + issuer.strip());
        }
        URI uri;
        try {
            uri = new URI(issuer);
        } catch (URISyntaxException e) {
            return notAUrl(issuer);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return notAUrl(issuer);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        Matcher adminConsole = ADMIN_CONSOLE.matcher(host);
        if (adminConsole.matches()) {
            String org = "https://" + adminConsole.group(1) + "." + adminConsole.group(2);
            return problem("'" + issuer + "' is the Okta admin console, not an issuer",
                    "drop '-admin' from the host: " + Field.ISSUER.flag() + " " + org + "/oauth2/default (custom authorization"
                            + " server) or " + org + " (org authorization server), whichever the customer's app shows as Issuer");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return problem("'" + issuer + "' has a query or fragment",
                    "use the issuer alone: " + Field.ISSUER.flag() + " " + issuer.replaceAll("[?#].*$", ""));
        }
        Matcher pasted = PASTED_SUFFIX.matcher(issuer);
        if (pasted.matches() && !pasted.group(1).endsWith(":/")) {
            return problem("'" + issuer + "' is a discovery or endpoint URL, not the issuer",
                    "use the issuer alone: " + Field.ISSUER.flag() + " " + pasted.group(1));
        }
        if (scheme.equals("http") && !(allowLoopback && LOOPBACK.contains(host))) {
            return problem("'" + issuer + "' uses plain HTTP",
                    "use " + Field.ISSUER.flag() + " https" + issuer.substring(scheme.length())
                            + " (plain HTTP is allowed only for an Okta stand-in on this machine, localhost or 127.0.0.1,"
                            + " with " + OutboundCheck.ALLOW_LOOPBACK + ", dev and demo only)");
        }
        return Optional.empty();
    }

    private static Optional<Problem> notAUrl(String issuer) {
        return problem("'" + issuer + "' is not an http(s) URL", "give the Issuer from the customer's Okta app, like " + EXAMPLE);
    }

    private static Optional<Problem> problem(String found, String fix) {
        return Optional.of(new Problem(Field.ISSUER, found, fix));
    }
}
