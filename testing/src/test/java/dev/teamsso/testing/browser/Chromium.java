package dev.teamsso.testing.browser;

import dev.teamsso.testing.Prerequisite;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver, both found on {@code PATH}. Tests
 * that need it are skipped, with a message saying why, on machines without the two packages, and fail in CI
 * ({@code .ci/run} installs them; see {@link Prerequisite}).
 */
final class Chromium {

    /** Found on {@code PATH}, as {@code .ci/run} looks for them before installing. */
    static final String BROWSER = "chromium";
    static final String DRIVER = "chromedriver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    static WebDriver start() {
        String path = System.getenv("PATH");
        Optional<Path> browser = onPath(BROWSER, path);
        Optional<Path> driver = onPath(DRIVER, path);
        Prerequisite.require(browser.isPresent() && driver.isPresent(), "Chromium is not installed (no " + BROWSER + " or "
                + DRIVER + " on PATH): apt-get install chromium chromium-driver (CI does) to run the browser tests");
        try {
            Path profile = Files.createTempDirectory("team-sso-chromium");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(browser.get().toFile())
                    .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                            "--window-size=1100,1000", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile()).build();
            ChromeDriver chrome = new ChromeDriver(service, options);
            chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return chrome;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first executable file {@code name} in the folders of {@code path} (a {@code PATH} value). */
    static Optional<Path> onPath(String name, String path) {
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator)).filter(folder -> !folder.isEmpty())
                .map(folder -> Path.of(folder, name)).filter(file -> Files.isRegularFile(file) && Files.isExecutable(file))
                .findFirst();
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
    static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
