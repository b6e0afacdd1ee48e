package dev.teamsso.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Java Flight Recorder recording of the Keycloak JVM ({@code jcmd PID JFR.start|JFR.stop},
 * settings {@code profile}: a stack sample every 10 ms per running thread), around one path's
 * profile sign-ins. {@link JfrSummary} reads it.
 */
final class JfrProfile {

    private final long pid;
    private final String name;
    private final Path file;

    private JfrProfile(long pid, String name, Path file) {
        this.pid = pid;
        this.name = name;
        this.file = file;
    }

    static JfrProfile start(long pid, String name, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        JfrProfile profile = new JfrProfile(pid, name, file);
        profile.jcmd("JFR.start", "name=" + name, "settings=profile", "filename=" + file.toAbsolutePath());
        return profile;
    }

    /** Stops the recording and returns its file. */
    Path stop() throws IOException {
        jcmd("JFR.stop", "name=" + name);
        return file;
    }

    private void jcmd(String... command) throws IOException {
        List<String> full = new java.util.ArrayList<>(List.of("jcmd", String.valueOf(pid)));
        full.addAll(List.of(command));
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0 || output.contains("Could not")) {
                throw new IOException("jcmd " + String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: jcmd", e);
        }
    }
}
