package dev.teamsso.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that walks redirects one at a time, so a test can stop at any
 * hop (for example at the platform's redirect URI, which nobody serves in tests).
 */
public final class BrowserlessClient {

    private static final long CONNECT_RETRY_PAUSE_MS = 100;


    private static final int MAX_REDIRECTS = 20;

    private final HttpClient http;
    private final LoopbackCookieJar cookies = new LoopbackCookieJar();
    private final String clientAddress;
    private final String accept;
    private final List<HttpResponse<String>> responses = new CopyOnWriteArrayList<>();
    private final HopListener hops;

    public BrowserlessClient() {
        this(null, ClientAddresses.next(), null);
    }

    /** A client that reports every request it sends, with its answer's status and duration (the benchmark's hop timings). */
    public BrowserlessClient(HopListener hops) {
        this(null, ClientAddresses.next(), hops);
    }

    private BrowserlessClient(String accept, String clientAddress, HopListener hops) {
        this.accept = accept;
        this.clientAddress = clientAddress;
        this.hops = hops;
        http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * A client that sends {@code Accept} as a web browser does, so Keycloak answers errors with
     * pages rather than JSON, as a person would see them.
     */
    public static BrowserlessClient likeABrowser() {
        return new BrowserlessClient("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ClientAddresses.next(), null);
    }

    /**
     * A client that claims {@code address} in {@code X-Forwarded-For} (e.g. an IPv6 address, or
     * several browsers behind one office address).
     */
    public static BrowserlessClient from(String address) {
        return new BrowserlessClient(null, address, null);
    }

    /** The value of the cookie {@code name} this client holds for {@code host}, or null. */
    public String cookie(String host, String name) {
        return cookies.value(host, name);
    }

    /** Every response this client has received, oldest first (a cluster test reads which node served each). */
    public List<HttpResponse<String>> responses() {
        return List.copyOf(responses);
    }

    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    /** A GET as a browser sends it after a click on a page of {@code referer} ({@code Referer} header). */
    public HttpResponse<String> get(URI uri, String referer) {
        return send(HttpRequest.newBuilder(uri).header("Referer", referer).GET());
    }

    public HttpResponse<String> postForm(URI uri, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(fields))));
    }

    /** A form post as a browser sends it from a page of {@code referer}. */
    public HttpResponse<String> postForm(URI uri, Map<String, String> fields, String referer) {
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", referer)
                .POST(HttpRequest.BodyPublishers.ofString(formBody(fields))));
    }

    /**
     * Follows redirects from {@code response} until one points at a location that
     * {@code stopAt} accepts (that redirect is returned, not followed) or a page is served.
     */
    public HttpResponse<String> followRedirects(HttpResponse<String> response, Predicate<URI> stopAt) {
        HttpResponse<String> current = response;
        for (int hop = 0; hop < MAX_REDIRECTS; hop++) {
            URI location = location(current);
            if (location == null || stopAt.test(location)) {
                return current;
            }
            current = get(location);
        }
        throw new IllegalStateException("more than " + MAX_REDIRECTS + " redirects from " + response.uri());
    }

    /** The absolute redirect target of a 3xx response, or null. */
    public static URI location(HttpResponse<String> response) {
        if (response.statusCode() < 300 || response.statusCode() > 399) {
            return null;
        }
        return response.headers().firstValue("Location").map(response.uri()::resolve).orElse(null);
    }

    public static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * The address this simulated browser claims in {@code X-Forwarded-For}; the test server
     * trusts it, so throttles keyed on the client address see each browser apart.
     */
    public String clientAddress() {
        return clientAddress;
    }

    /**
     * A connection that could not be made sent nothing, so it is tried once more. JDK 17's own
     * retry of a failed connect reuses the closed channel and always fails
     * ({@code ClosedChannelException} under {@code checkRetryConnect}); CI met it once when
     * two browsers connected at the same instant.
     */
    private HttpResponse<String> sendWithConnectRetry(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            Thread.sleep(CONNECT_RETRY_PAUSE_MS);
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.header("X-Forwarded-For", clientAddress).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            HttpRequest built = request.build();
            long begin = System.nanoTime();
            HttpResponse<String> response = sendWithConnectRetry(built);
            responses.add(response);
            if (hops != null) {
                hops.hop(built.method(), built.uri(), response.statusCode(), System.nanoTime() - begin);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Told of every request a client sends. */
    @FunctionalInterface
    public interface HopListener {
        void hop(String method, URI uri, int status, long nanos);
    }
}
