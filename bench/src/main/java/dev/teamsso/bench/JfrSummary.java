package dev.teamsso.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A recording's CPU samples ({@code jdk.ExecutionSample}) summed up: the methods most often on top
 * of the stack (self time), and the share of samples that pass through each part of the server
 * (inclusive: a sample counts for every part on its stack).
 */
record JfrSummary(int samples, List<Map.Entry<String, Integer>> topFrames, Map<String, Integer> parts) {

    static final int TOP = 12;

    /** Parts of the server, by the package of any frame on the stack. */
    private static final Map<String, Predicate<String>> PARTS = partsOfTheServer();

    private static Map<String, Predicate<String>> partsOfTheServer() {
        Map<String, Predicate<String>> parts = new LinkedHashMap<>();
        parts.put("our extension (dev.teamsso)", type -> type.startsWith("dev.teamsso."));
        parts.put("database driver (H2, PostgreSQL JDBC)", type -> type.startsWith("org.h2.") || type.startsWith("org.postgresql."));
        parts.put("Hibernate / JPA", type -> type.startsWith("org.hibernate."));
        parts.put("Keycloak JPA stores", type -> type.startsWith("org.keycloak.models.jpa.") || type.startsWith("org.keycloak.events.jpa."));
        parts.put("Infinispan (caches, sessions)", type -> type.startsWith("org.infinispan."));
        parts.put("FreeMarker (pages)", type -> type.startsWith("freemarker."));
        parts.put("signatures and keys (JOSE, JCA)", type -> type.startsWith("org.keycloak.jose.") || type.startsWith("org.keycloak.crypto.")
                || type.startsWith("sun.security.") || type.startsWith("java.security."));
        parts.put("outgoing HTTP (back channel to Okta)", type -> type.startsWith("org.apache.http."));
        parts.put("event store and listeners", type -> type.startsWith("org.keycloak.events."));
        parts.put("HTTP server (Vert.x, Netty, RESTEasy)", type -> type.startsWith("io.vertx.") || type.startsWith("io.netty.")
                || type.startsWith("org.jboss.resteasy."));
        return parts;
    }

    static JfrSummary read(Path recording) throws IOException {
        Map<String, Integer> top = new LinkedHashMap<>();
        Map<String, Integer> parts = new LinkedHashMap<>();
        PARTS.keySet().forEach(part -> parts.put(part, 0));
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || event.getStackTrace().getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            top.merge(name(frames.get(0)), 1, Integer::sum);
            PARTS.forEach((part, matches) -> {
                if (frames.stream().anyMatch(frame -> matches.test(frame.getMethod().getType().getName()))) {
                    parts.merge(part, 1, Integer::sum);
                }
            });
        }
        List<Map.Entry<String, Integer>> sorted = top.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
                .map(entry -> Map.entry(entry.getKey(), entry.getValue())).toList();
        return new JfrSummary(samples, sorted, parts);
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
