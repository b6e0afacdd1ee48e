package dev.teamsso.testing.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.cli.tool.TeamsTool;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.HtmlForms;
import dev.teamsso.testing.Prerequisite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What {@code bin/demo} runs, run for real: the demo's main class on its own run-time class path
 * in a child JVM (so a class that only tests can see fails here), then a person signs in on the
 * dashboard, the Universal Logout curl the banner prints ends her session, the banner's set-up link of
 * initech is a pending team's, then Ctrl-C (SIGINT)
 * stops the demo and its Keycloak.
 */
class DemoIT {

    private static final Path CLASSPATH_FILE = Path.of("target", "runtime-classpath.txt");
    /** Keycloak's start allowance ({@code -Dteamsso.ready.timeout.minutes}, default 10) plus a minute for the rest. */
    private static final long READY_MINUTES = Long.getLong("teamsso.ready.timeout.minutes", 10);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(READY_MINUTES + 1);

    @Test
    void theDemoComesUpAPersonSignsInAndCtrlCStopsEverything() throws Exception {
        Prerequisite.require(List.of(8080, 8081, 8085).stream().allMatch(DashboardPort::isFree),
                "ports 8080, 8081 or 8085 are taken (is bin/demo running?)");
        Path log = Files.createTempFile("demo", ".log");
        Process demo = new ProcessBuilder(javaCommand(), "-Dteamsso.ready.timeout.minutes=" + READY_MINUTES,
                "-cp", "target/classes:" + Files.readString(CLASSPATH_FILE).trim(), DemoMain.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            awaitBanner(demo, log);
            BrowserlessClient browser = new BrowserlessClient();
            HttpResponse<String> okta = browser.followRedirects(browser.get(URI.create("http://localhost:8081/login?team=acme")), uri -> false);
            assertThat(okta.uri().toString()).startsWith("http://localhost:8085/acme/authorize");
            HttpResponse<String> signedIn = browser.followRedirects(
                    HtmlForms.submit(browser, okta, "form:has(button:contains(Alice Anders))", Map.of()), uri -> false);
            assertThat(signedIn.uri().toString()).isEqualTo("http://localhost:8081/");
            assertThat(signedIn.body()).contains("Signed in as <b>Alice Anders</b>", "<td id=\"team\">acme</td>",
                    "<td id=\"role\">admin</td>");
            // Back on the dashboard without Okta (its callback page itself when the loaded machine slows its code exchange).
            assertThat(signInAgainLandsOn(browser)).as("a live session signs in without Okta").startsWith("http://localhost:8081/");

            String logout = printedLogoutCurl(log);
            Process curl = new ProcessBuilder("bash", "-c", logout).redirectErrorStream(true).start();
            String answer = new String(curl.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(curl.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(answer).as("the printed curl: %s", logout).startsWith("HTTP/1.1 204");
            assertThat(signInAgainLandsOn(browser)).as("after Universal Logout the sign-in goes to Okta")
                    .startsWith("http://localhost:8085/acme/authorize");

            assertInviteOfInitech(log);
        } finally {
            List<ProcessHandle> children = demo.descendants().toList();
            new ProcessBuilder("kill", "-INT", Long.toString(demo.pid())).start().waitFor();
            boolean stopped = demo.waitFor(60, TimeUnit.SECONDS);
            if (!stopped) {
                demo.destroyForcibly();
            }
            children.forEach(child -> child.onExit().completeOnTimeout(child, 30, TimeUnit.SECONDS).join());
            assertThat(stopped).as("the demo stops on Ctrl-C; its log: " + log).isTrue();
            assertThat(children).as("Keycloak stops with it").noneMatch(ProcessHandle::isAlive);
        }
    }

    /**
     * The banner prints initech's set-up link (made by {@code teams invite}), {@code teams list} shows
     * initech pending, and the stand-in's token endpoint takes the client ID and secret the banner
     * tells the admin to enter.
     */
    private static void assertInviteOfInitech(Path log) throws IOException, InterruptedException {
        String link = Files.readAllLines(log).stream().map(String::strip)
                .filter(line -> line.startsWith("http://localhost:8080/realms/deepinfra/teams/setup/")).findFirst()
                .orElseThrow(() -> new AssertionError("the banner prints no set-up link"));
        assertThat(link).matches("http://localhost:8080/realms/deepinfra/teams/setup/tsso_setup_[A-Za-z0-9_-]{43}");
        assertThat(Files.readString(log)).contains("Issuer http://localhost:8085/initech", "Client ID " + DemoInvite.CLIENT_ID,
                "Client Secret " + DemoInvite.CLIENT_SECRET, "\"Test sign-in\" as Ivy Ives");

        StringWriter out = new StringWriter();
        int listed = TeamsTool.run(Map.of(), new PrintWriter(out), new PrintWriter(new StringWriter()), "list",
                "--server", "http://localhost:8080");
        assertThat(listed).isZero();
        assertThat(out.toString().lines().filter(line -> line.startsWith("initech "))).singleElement().asString()
                .contains("pending (invited, link expires ").contains("ivy@initech.example").doesNotContain("tsso_setup_");

        String basic = Base64.getEncoder().encodeToString((DemoInvite.CLIENT_ID + ":" + DemoInvite.CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:8085/initech/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=openid")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as("the stand-in's token endpoint with the banner's client credentials: %s", token.body())
                .isEqualTo(200);
    }

    /** Where the dashboard's sign-in to acme ends for this browser. */
    private static String signInAgainLandsOn(BrowserlessClient browser) {
        return browser.followRedirects(browser.get(URI.create("http://localhost:8081/login?team=acme")), uri -> false).uri().toString();
    }

    /** The one-line curl the banner prints under "Okta Universal Logout". */
    private static String printedLogoutCurl(Path log) throws IOException {
        return Files.readAllLines(log).stream().filter(line -> line.startsWith("curl ") && line.contains("global-token-revocation")).findFirst()
                .orElseThrow(() -> new AssertionError("the banner prints no Universal Logout curl"));
    }

    private static void awaitBanner(Process demo, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            String output = Files.readString(log);
            if (output.contains("Team SSO demo is running")) {
                return;
            }
            assertThat(demo.isAlive()).as("the demo exited early:%n%s", output).isTrue();
            Thread.sleep(500);
        }
        throw new AssertionError("the demo did not come up within " + START_TIMEOUT + ":\n" + Files.readString(log));
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
