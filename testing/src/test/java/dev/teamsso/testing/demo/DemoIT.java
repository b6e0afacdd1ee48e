package dev.teamsso.testing.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.cli.tool.TeamsTool;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.HtmlForms;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.Prerequisite;
import dev.teamsso.testing.setup.SetupSteps;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What {@code bin/demo} runs, run for real: the demo's main class on its own run-time class path
 * in a child JVM (so a class that only tests can see fails here), then a person signs in on the
 * dashboard, the Universal Logout curl the banner prints ends her session, the banner's set-up link of
 * initech is a pending team's and sets initech up with the values the banner prints, then Ctrl-C (SIGINT)
 * stops the demo and its Keycloak.
 */
class DemoIT {

    private static final String OKTA = "http://localhost:8085/";
    /** The banner's "On the page enter  Issuer …   Client ID …   Client Secret …" line. */
    private static final Pattern PRINTED_VALUES = Pattern.compile("On the page enter +Issuer (\\S+) +Client ID (\\S+) +Client Secret (\\S+)");
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

            URI link = assertInviteOfInitech(log);
            assertInitechIsSetUpFromItsLinkAlone(log, link);
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
    private static URI assertInviteOfInitech(Path log) throws IOException, InterruptedException {
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
        return URI.create(link);
    }

    /**
     * What the banner tells initech's Okta admin to do, done from the link alone: the values it
     * prints, "Test sign-in" as Ivy at the stand-in, the live page with the tile URL; then
     * {@code teams list} shows initech enabled and Ivy, whose email is the admin email, signs in to
     * the dashboard as initech's admin.
     */
    private static void assertInitechIsSetUpFromItsLinkAlone(Path log, URI link) throws IOException {
        Matcher values = PRINTED_VALUES.matcher(Files.readString(log));
        assertThat(values.find()).as("the banner prints the values to enter").isTrue();
        BrowserlessClient browser = new BrowserlessClient();
        HttpResponse<String> saved = SetupSteps.submitValues(browser, link, values.group(1), values.group(2), values.group(3));
        assertThat(saved.statusCode()).as("the banner's values pass the page's checks: %s", saved.body()).isEqualTo(303);

        OktaPerson ivy = OktaPerson.named("Ivy", "Ives", "ivy@initech.example");
        HttpResponse<String> live = SetupSteps.signInAtOkta(browser, SetupSteps.startTestSignIn(browser, link, OKTA), ivy);
        assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
        assertThat(HtmlForms.parse(live).getElementById("team-sso-setup-live").text()).contains("Team initech is live");
        assertThat(HtmlForms.parse(live).getElementById("team-sso-setup-tile").val()).isEqualTo(
                "http://localhost:8080/realms/deepinfra/teams/initech/initiate?iss=" + URLEncoder.encode(values.group(1), StandardCharsets.UTF_8));
        assertThat(new BrowserlessClient().get(link).statusCode()).as("the link works once").isEqualTo(404);

        StringWriter out = new StringWriter();
        assertThat(TeamsTool.run(Map.of(), new PrintWriter(out), new PrintWriter(new StringWriter()), "list",
                "--server", "http://localhost:8080")).isZero();
        assertThat(out.toString().lines().filter(line -> line.startsWith("initech "))).singleElement().asString()
                .contains("enabled").doesNotContain("pending").contains("ivy@initech.example", values.group(1), values.group(2));

        HttpResponse<String> dashboard = browser.followRedirects(browser.get(URI.create("http://localhost:8081/login?team=initech")),
                uri -> uri.toString().startsWith(OKTA));
        if (BrowserlessClient.location(dashboard) != null) {
            dashboard = SetupSteps.signInAtOkta(browser, dashboard, ivy);
        }
        assertThat(dashboard.body()).as("Ivy on the dashboard").contains("Signed in as <b>Ivy Ives</b>",
                "<td id=\"team\">initech</td>", "<td id=\"role\">admin</td>");
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
