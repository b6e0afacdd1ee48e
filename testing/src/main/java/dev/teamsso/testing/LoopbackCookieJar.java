package dev.teamsso.testing;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Cookies as a browser keeps them for {@code http://localhost}: browsers treat loopback as a
 * secure context and send {@code Secure} cookies there, which the JDK's {@code CookieManager}
 * does not. Keyed by host, then name and path (two realms of one server each set their own
 * {@code AUTH_SESSION_ID}); paths are honoured, domains are not needed on loopback.
 */
final class LoopbackCookieJar extends CookieHandler {

    private final Map<String, Map<String, HttpCookie>> byHost = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        Map<String, HttpCookie> cookies = byHost.getOrDefault(uri.getHost(), Map.of());
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        String header = cookies.values().stream()
                .filter(cookie -> !cookie.hasExpired())
                .filter(cookie -> cookie.getPath() == null || path.startsWith(cookie.getPath()))
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                values.forEach(value -> store(uri.getHost(), value));
            }
        });
    }

    /** The value of a cookie set for {@code host}, or null. */
    String value(String host, String name) {
        return byHost.getOrDefault(host, Map.of()).values().stream()
                .filter(cookie -> cookie.getName().equals(name) && !cookie.hasExpired())
                .map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    private void store(String host, String setCookie) {
        Map<String, HttpCookie> cookies = byHost.computeIfAbsent(host, key -> new ConcurrentHashMap<>());
        for (HttpCookie cookie : HttpCookie.parse(setCookie)) {
            String key = cookie.getName() + ";" + cookie.getPath();
            if (cookie.getMaxAge() == 0) {
                cookies.remove(key);
            } else {
                cookies.put(key, cookie);
            }
        }
    }
}
