package dev.teamsso.testing.cluster;

import dev.teamsso.testing.BrowserlessClient;
import java.net.http.HttpResponse;
import java.util.List;

/** Which node served each of a browser's requests to the cluster, in order (from the balancer's header). */
final class NodeTrail {

    private NodeTrail() {
    }

    /** The serving node of every response from {@code clusterUrl} since response number {@code from}. */
    static List<String> of(BrowserlessClient browser, String clusterUrl, int from) {
        List<HttpResponse<String>> all = browser.responses();
        return all.subList(from, all.size()).stream()
                .filter(response -> response.uri().toString().startsWith(clusterUrl))
                .map(response -> response.headers().firstValue(Balancer.NODE_HEADER).orElse("(none)"))
                .toList();
    }

    static List<String> of(BrowserlessClient browser, String clusterUrl) {
        return of(browser, clusterUrl, 0);
    }

    /** True when no two consecutive requests were served by the same node. */
    static boolean alternates(List<String> trail) {
        for (int i = 1; i < trail.size(); i++) {
            if (trail.get(i).equals(trail.get(i - 1))) {
                return false;
            }
        }
        return true;
    }
}
