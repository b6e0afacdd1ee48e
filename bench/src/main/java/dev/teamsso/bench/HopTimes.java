package dev.teamsso.bench;

import dev.teamsso.testing.BrowserlessClient;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every HTTP hop of a path's sign-ins, by hop: the browser's requests to Keycloak and to the
 * Okta stand-in (method and path, no query), and the platform's back-channel code exchange.
 * Filled from one thread at a time (the profile runs sign-ins one after the other).
 */
final class HopTimes implements BrowserlessClient.HopListener {

    private final String oktaBaseUrl;
    private final Map<String, List<Long>> hops = new LinkedHashMap<>();
    private final List<Long> signIns = new ArrayList<>();
    private long current;

    HopTimes(String oktaBaseUrl) {
        this.oktaBaseUrl = oktaBaseUrl;
    }

    @Override
    public void hop(String method, URI uri, int status, long nanos) {
        hops.computeIfAbsent(label(method, uri), key -> new ArrayList<>()).add(nanos);
        current += nanos;
    }

    /** Marks the end of one sign-in: its hops' total is one sample of the whole. */
    void signInDone() {
        signIns.add(current);
        current = 0;
    }

    /** Forgets the hops of a sign-in that failed; its hops stay counted, not its whole. */
    void signInFailed() {
        current = 0;
    }

    String label(String method, URI uri) {
        if (uri.toString().equals(BenchFixture.TOKEN_EXCHANGE)) {
            return "platform → Keycloak: code for tokens (back channel, ID token checked)";
        }
        String where = uri.toString().startsWith(oktaBaseUrl) ? "Okta stand-in " : "Keycloak ";
        return method + " " + where + uri.getRawPath();
    }

    /** One row per hop in the order first seen: times per sign-in, p50 and p95; then the whole sign-in. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        int count = Math.max(1, signIns.size());
        hops.forEach((label, nanos) -> rows.add(new Row(label, (double) nanos.size() / count,
                Percentiles.of(nanos.stream().mapToLong(Long::longValue).toArray()))));
        rows.add(new Row("whole sign-in (sum of its hops)", 1, Percentiles.of(signIns.stream().mapToLong(Long::longValue).toArray())));
        return rows;
    }

    int signIns() {
        return signIns.size();
    }

    /** A hop: how often a sign-in makes it, and how long it takes. */
    record Row(String hop, double perSignIn, Percentiles time) {
    }
}
