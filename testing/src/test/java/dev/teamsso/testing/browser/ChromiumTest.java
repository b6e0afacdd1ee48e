package dev.teamsso.testing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser suites find Chromium where {@code .ci/run} looks for it: on {@code PATH}. */
class ChromiumTest {

    @Test
    void findsTheFirstExecutableOfThatNameOnThePath(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path chromium = Files.createFile(bin.resolve("chromium"));
        assertThat(chromium.toFile().setExecutable(true)).isTrue();

        assertThat(Chromium.onPath("chromium", empty + File.pathSeparator + bin)).contains(chromium);
    }

    @Test
    void aPathWithoutItOrANonExecutableFileFindsNothing(@TempDir Path dir) throws IOException {
        Files.createFile(dir.resolve("chromedriver"));

        assertThat(Chromium.onPath("chromium", dir.toString())).isEmpty();
        assertThat(Chromium.onPath("chromedriver", dir.toString())).isEmpty();
        assertThat(Chromium.onPath("chromium", null)).isEmpty();
    }
}
