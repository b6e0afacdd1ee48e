package dev.teamsso.testing.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a server folder was last built from: the build options and the name, size and time
 * stamp of every provider jar (the harness keeps an unchanged jar's time stamp).
 */
record BuildStamp(Path file, String content) {

    private static final String FILE = ".team-sso-built";

    static BuildStamp of(Path home, List<String> buildOptions) {
        try (Stream<Path> jars = Files.list(home.resolve("providers"))) {
            String providers = jars.sorted().map(BuildStamp::describe).collect(Collectors.joining("\n"));
            return new BuildStamp(home.resolve(FILE), String.join(" ", buildOptions) + "\n" + providers);
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the providers of " + home, e);
        }
    }

    boolean isCurrent() {
        try {
            return Files.exists(file) && Files.readString(file).equals(content);
        } catch (IOException e) {
            return false;
        }
    }

    void save() {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private static String describe(Path jar) {
        try {
            return jar.getFileName() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
