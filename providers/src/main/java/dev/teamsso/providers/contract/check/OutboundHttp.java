package dev.teamsso.providers.contract.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * HTTP to a customer-named URL that already passed the
 * {@link dev.teamsso.providers.contract.OutboundUrlRule}: plain JDK client, redirects never
 * followed (a redirect is a URL nobody checked), short timeouts, and at most
 * {@value #MAX_BODY_BYTES} bytes of the answer read.
 */
final class OutboundHttp {

    /** How long to wait for the issuer to connect and to answer. */
    static final Duration TIMEOUT = Duration.ofMillis(IssuerMetadata.TIMEOUT_MILLIS);

    /** A discovery document or token answer is a few kilobytes; anything beyond this is cut off. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private OutboundHttp() {
    }

    /** The answer: status and the body's first {@value #MAX_BODY_BYTES} bytes (flag when cut). */
    record Answer(int status, byte[] body, boolean truncated) {
    }

    static Answer send(HttpRequest.Builder request) throws IOException {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                byte[] read = body.readNBytes(MAX_BODY_BYTES + 1);
                boolean truncated = read.length > MAX_BODY_BYTES;
                return new Answer(response.statusCode(), truncated ? java.util.Arrays.copyOf(read, MAX_BODY_BYTES) : read,
                        truncated);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a URL that can be requested", e);
        }
    }

    static HttpRequest.Builder to(URI uri) {
        return HttpRequest.newBuilder(uri);
    }
}
