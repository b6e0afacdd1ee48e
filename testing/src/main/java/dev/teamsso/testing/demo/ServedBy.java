package dev.teamsso.testing.demo;

import dev.teamsso.testing.cluster.KeycloakCluster;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * Prints which node served each of the first requests through the balancer, from HAProxy's
 * request log ({@code node status method path}), as they happen.
 */
final class ServedBy {

    static final int FIRST_REQUESTS = 30;

    private ServedBy() {
    }

    static void printFirstRequests(KeycloakCluster cluster, PrintStream out) {
        Thread tail = new Thread(() -> follow(cluster, out), "demo-served-by");
        tail.setDaemon(true);
        tail.start();
    }

    private static void follow(KeycloakCluster cluster, PrintStream out) {
        out.printf("The first %d requests through the balancer, and the node that served each:%n", FIRST_REQUESTS);
        int printed = 0;
        int seen = countLines(cluster);
        while (printed < FIRST_REQUESTS) {
            List<String> lines = readLines(cluster);
            for (int i = seen; i < lines.size() && printed < FIRST_REQUESTS; i++) {
                out.printf("  request %2d  served by %s%n", ++printed, lines.get(i));
            }
            seen = lines.size();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static int countLines(KeycloakCluster cluster) {
        return readLines(cluster).size();
    }

    private static List<String> readLines(KeycloakCluster cluster) {
        try {
            return Files.readAllLines(cluster.balancer().logFile(), StandardCharsets.ISO_8859_1).stream()
                    .filter(line -> line.startsWith("node")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
