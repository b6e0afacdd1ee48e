package dev.teamsso.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts lines that contain a phrase in the server log since the last count. The benchmark uses
 * it to tell the Okta stand-in's own failures apart: when mock-oauth2-server loses a pending
 * request (its map is not thread-safe), Keycloak logs that the provider "did not return a nonce".
 */
final class LogCounter {

    static final String STAND_IN_LOST_REQUEST = "did not return a nonce";

    private final Path log;
    private final String phrase;
    private long seen;

    LogCounter(Path log, String phrase) {
        this.log = log;
        this.phrase = phrase;
        this.seen = count();
    }

    /** Lines with the phrase written since the previous call (or since construction). */
    int sinceLast() {
        long now = count();
        long delta = now - seen;
        seen = now;
        return (int) delta;
    }

    private long count() {
        if (log == null || !Files.exists(log)) {
            return 0;
        }
        try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.contains(phrase)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
