package dev.teamsso.testing.teams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.cli.tool.ExitCode;
import dev.teamsso.cli.tool.TeamsTool;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the {@code teams} tool refuses to fetch or send (issue 18, items 5 and 11), against the
 * real server: customer-named URLs off the issuer's origin or on internal addresses, redirects,
 * plain HTTP without the explicit dev allowance, import files reading the operator's
 * environment, and credentials to a plain-HTTP server elsewhere.
 */
@ExtendWith(TeamSsoExtension.class)
class TeamsToolSafetyIT {

    private static final String TEAM = "safety";

    private final TeamSsoStack stack;
    private final DiscoveryDocumentServer okta = DiscoveryDocumentServer.onLoopback();
    private final DiscoveryDocumentServer trap = DiscoveryDocumentServer.onLoopback();

    TeamsToolSafetyIT(TeamSsoStack stack) {
        this.stack = stack;
    }

    @AfterEach
    void cleanUp() {
        okta.close();
        trap.close();
        TestTeam.of(stack, TEAM).remove();
    }

    private TeamsRun add(String issuer, String... extra) {
        List<String> args = new ArrayList<>(List.of("add", "--team", TEAM, "--issuer", issuer, "--client-id", "0oa-safety",
                "--client-secret", "okta-S3cret-safety", "--admin-email", "it@safety.example"));
        args.addAll(List.of(extra));
        return TeamsRun.run(stack, args.toArray(String[]::new));
    }

    @Test
    void aStandInOnThisMachineNeedsTheExplicitDevAllowance() {
        TeamsRun refused = add(stack.okta().issuer(TEAM));

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCode.INVALID);
        assertThat(refused.err()).contains("--issuer: '" + stack.okta().issuer(TEAM) + "' uses plain HTTP")
                .contains("--allow-loopback-issuer, dev and demo only");
        assertNothingOf(TEAM);

        TeamsRun allowed = add(stack.okta().issuer(TEAM), "--allow-loopback-issuer");
        assertThat(allowed.exitCode()).as(allowed.toString()).isEqualTo(ExitCode.OK);
    }

    @Test
    void endpointsOffTheIssuersOriginOrOnInternalAddressesAreRefusedBeforeTheSecretIsSentOrAnythingSaved() {
        okta.serve(Map.of(
                "token_endpoint", "http://127.0.0.1:" + trap.port() + "/token",
                "jwks_uri", "http://169.254.169.254/latest/meta-data/keys",
                "end_session_endpoint", "https://10.0.0.1/logout"));

        TeamsRun run = add(okta.issuer(), "--allow-loopback-issuer");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("nothing was saved")
                .contains("token_endpoint 'http://127.0.0.1:" + trap.port() + "/token' is on another host or port")
                .contains("jwks_uri 'http://169.254.169.254/latest/meta-data/keys'")
                .contains("end_session_endpoint 'https://10.0.0.1/logout'")
                .doesNotContain("okta-S3cret-safety");
        assertThat(trap.requests()).as("nothing reached the internal token endpoint").isEmpty();
        assertThat(okta.requests()).containsExactly("GET /okta/.well-known/openid-configuration");
        assertNothingOf(TEAM);
    }

    @Test
    void aDocumentOnTheIssuersOriginIsUsedAndItsTokenEndpointAsked() {
        okta.serve(Map.of());

        TeamsRun run = add(okta.issuer(), "--allow-loopback-issuer");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(okta.requests()).containsExactly("GET /okta/.well-known/openid-configuration", "POST /okta/v1/token");
        assertThat(stack.realm().identityProviders().get(TEAM).toRepresentation().getConfig())
                .containsEntry("tokenUrl", okta.issuer() + "/v1/token");
    }

    @Test
    void aRedirectingDiscoveryDocumentIsNotFollowed() {
        trap.serve(Map.of());
        okta.redirectDiscoveryTo(trap.issuer() + "/.well-known/openid-configuration");

        TeamsRun run = add(okta.issuer(), "--allow-loopback-issuer");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("answered HTTP 302 (a redirect; redirects are not followed)");
        assertThat(trap.requests()).isEmpty();
        assertNothingOf(TEAM);
    }

    @Test
    void anImportFileCannotSendTheAdminPasswordAsAClientSecret(@TempDir Path dir) throws Exception {
        okta.serve(Map.of());
        Path file = dir.resolve("teams.json");
        Files.writeString(file, """
                [{"teamId": "%s", "issuer": "%s", "clientId": "0oa-safety",
                  "clientSecret": "${env:TEAMS_PASSWORD}", "adminEmail": "it@safety.example"}]""".formatted(TEAM, okta.issuer()));

        TeamsRun run = TeamsRun.runWith(stack, Map.of("TEAMS_PASSWORD", "admin"), "import", "--allow-loopback-issuer", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("clientSecret: refers to the environment variable TEAMS_PASSWORD, but an import file"
                + " may read only variables named TEAMS_SECRET_...");
        assertThat(okta.requests()).as("the file's issuer was never contacted").isEmpty();
        assertNothingOf(TEAM);

        Files.writeString(file, Files.readString(file).replace("${env:TEAMS_PASSWORD}", "${env:TEAMS_SECRET_SAFETY}"));
        TeamsRun prefixed = TeamsRun.runWith(stack, Map.of("TEAMS_SECRET_SAFETY", "okta-S3cret-safety"), "import",
                "--allow-loopback-issuer", file.toString());
        assertThat(prefixed.exitCode()).as(prefixed.toString()).isEqualTo(ExitCode.OK);
        assertThat(okta.requests()).contains("POST /okta/v1/token");
    }

    @Test
    void credentialsAreNeverSentOverPlainHttpToAnotherAddressAndNoConnectionIsMade() throws Exception {
        try (DiscoveryDocumentServer everywhere = DiscoveryDocumentServer.start(InetAddress.getByName("0.0.0.0"))) {
            String server = "http://0.0.0.0:" + everywhere.port();
            // The trap is reachable at that address: a request from this test lands there.
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server + "/probe")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(everywhere.requests()).containsExactly("GET /probe");

            Tool plainHttp = Tool.run("list", "--server", server, "--user", "admin", "--password", "admin-Pa55-real");
            Tool demoDefaults = Tool.run("list", "--server", "https://0.0.0.0:" + everywhere.port());

            assertThat(plainHttp.code()).as(plainHttp.err()).isEqualTo(ExitCode.UNSAFE_CONNECTION);
            assertThat(plainHttp.err()).contains("refusing to send credentials to " + server + " over plain HTTP")
                    .doesNotContain("admin-Pa55-real");
            assertThat(demoDefaults.code()).as(demoDefaults.err()).isEqualTo(ExitCode.UNSAFE_CONNECTION);
            assertThat(demoDefaults.err()).contains("the defaults admin/admin are the local demo's");
            assertThat(everywhere.requests()).as("the tool made no request").containsExactly("GET /probe");
        }
    }

    private record Tool(int code, String err) {
        static Tool run(String... args) {
            StringWriter err = new StringWriter();
            int code = TeamsTool.run(Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(err), args);
            return new Tool(code, err.toString());
        }
    }

    private void assertNothingOf(String team) {
        assertThat(stack.realm().organizations().search(team, true, 0, 2)).noneMatch(org -> team.equals(org.getAlias()));
        assertThat(stack.realm().identityProviders().find("\"" + team + "\"", true, 0, 10)).isEmpty();
    }
}
