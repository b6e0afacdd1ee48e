package dev.teamsso.providers.initiate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Optional;

/**
 * Where an Okta-initiated sign-in lands: the requested {@code target_link_uri} when it is,
 * character for character, a redirect URI or the base URL registered for the landing client;
 * otherwise the client's base URL. Wildcard redirect URIs never match, and nothing is decoded or
 * normalised first, so other origins, {@code //host}, {@code javascript:} and encoded variants
 * cannot get through.
 */
final class LandingTarget {

    private LandingTarget() {
    }

    /**
     * @param requested    the {@code target_link_uri}, or null
     * @param redirectUris the client's registered redirect URIs (relative ones resolve against the root URL)
     * @param rootUrl      the client's root URL, or null
     * @param baseUrl      the client's base URL (absolute, or relative to the root URL), or null
     * @return the landing URI, or empty when the client has no usable base URL and nothing matched
     */
    static Optional<String> choose(String requested, Collection<String> redirectUris, String rootUrl, String baseUrl) {
        Optional<String> home = absolute(baseUrl, rootUrl);
        if (requested != null) {
            boolean registered = redirectUris.stream()
                    .filter(uri -> !uri.contains("*"))
                    .map(uri -> absolute(uri, rootUrl))
                    .flatMap(Optional::stream)
                    .anyMatch(requested::equals);
            if (registered || home.filter(requested::equals).isPresent()) {
                return Optional.of(requested);
            }
        }
        return home;
    }

    /** {@code uri} made absolute against {@code rootUrl}; only http and https URLs with a host count. */
    static Optional<String> absolute(String uri, String rootUrl) {
        if (uri == null || uri.isBlank()) {
            return Optional.empty();
        }
        String candidate = uri.startsWith("/") && !uri.startsWith("//") && rootUrl != null
                ? rootUrl.replaceAll("/+$", "") + uri
                : uri;
        try {
            URI parsed = new URI(candidate);
            String scheme = parsed.getScheme();
            boolean web = "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme);
            return web && parsed.getHost() != null && parsed.getRawUserInfo() == null ? Optional.of(candidate) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
