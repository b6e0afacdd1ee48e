package dev.teamsso.providers.initiate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a request to the initiate endpoint says it comes from the team's own Okta: its
 * {@code Referer} has the origin (scheme, host, port) of the team's issuer. Browsers set the
 * header themselves and pages cannot forge it; with the default referrer policy a click in the
 * Okta dashboard sends at least {@code https://acme.okta.com/}. A missing or unreadable
 * {@code Referer} never counts as the team's Okta.
 */
final class TileOrigin {

    private TileOrigin() {
    }

    static boolean isIssuerOrigin(String referer, String issuer) {
        String from = origin(referer);
        return from != null && from.equals(origin(issuer));
    }

    /** {@code scheme://host:port} of an absolute http(s) URL, lower-cased, with the default port filled in; null otherwise. */
    static String origin(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI parsed = new URI(url.strip());
            String scheme = parsed.getScheme() == null ? null : parsed.getScheme().toLowerCase(Locale.ROOT);
            if (parsed.getHost() == null || parsed.getRawUserInfo() != null || !("https".equals(scheme) || "http".equals(scheme))) {
                return null;
            }
            int port = parsed.getPort() >= 0 ? parsed.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + parsed.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
