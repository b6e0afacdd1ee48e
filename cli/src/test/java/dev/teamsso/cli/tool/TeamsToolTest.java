package dev.teamsso.cli.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Option parsing, defaults and exit codes; nothing here reaches a server. */
class TeamsToolTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> env, String... args) {
        return TeamsTool.run(env, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void connectionDefaultsMatchTheDemo() {
        ConnectionOptions options = parse(Map.of(), "list").connection;
        assertThat(options.server).isEqualTo("http://localhost:8080");
        assertThat(options.realm).isEqualTo("deepinfra");
        assertThat(options.user()).isEqualTo("admin");
        assertThat(options.password()).isEqualTo("admin");
        assertThat(options.usesDemoDefaults()).isTrue();
        assertThat(options.usesServiceAccount()).isFalse();
        assertThat(parse(Map.of("TEAMS_PASSWORD", "real"), "list").connection.usesDemoDefaults()).isFalse();
    }

    @Test
    void environmentVariablesReplaceTheDefaultsAndFlagsWin() {
        Map<String, String> env = Map.of("TEAMS_SERVER", "https://sso.example", "TEAMS_REALM", "platform",
                "TEAMS_CLIENT_ID", "teams-tool", "TEAMS_CLIENT_SECRET", "tool-secret");
        ConnectionOptions options = parse(env, "list", "--realm", "other").connection;
        assertThat(options.server).isEqualTo("https://sso.example");
        assertThat(options.realm).isEqualTo("other");
        assertThat(options.usesServiceAccount()).isTrue();
        assertThat(options.principal()).isEqualTo("service account 'teams-tool' of realm other").doesNotContain("tool-secret");
    }

    @Test
    void missingFlagsAndUnknownCommandsAreUsageErrors() {
        assertThat(run(Map.of(), "add", "--team", "acme")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("Missing required options").contains("--issuer");
        assertThat(run(Map.of(), "frobnicate")).isEqualTo(ExitCode.USAGE);
        assertThat(run(Map.of())).isEqualTo(ExitCode.USAGE);
        assertThat(run(Map.of(), "list", "--max", "0")).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void invalidValuesExitWithTheirOwnCodeBeforeAnyServerIsAsked() {
        int code = run(Map.of(), "add", "--server", "http://localhost:1", "--team", "Acme_Corp", "--issuer", "http://acme.okta.com",
                "--client-id", "0oa1", "--client-secret", "s3cr3t-value", "--admin-email", "it@acme.example");

        assertThat(code).isEqualTo(ExitCode.INVALID);
        assertThat(err.toString())
                .contains("nothing was saved")
                .contains("--team: 'Acme_Corp' is not a valid Team ID. Fix: use acme-corp")
                .contains("--issuer: 'http://acme.okta.com' uses plain HTTP. Fix: use --issuer https://acme.okta.com")
                .doesNotContain("s3cr3t-value")
                .doesNotContain("cannot reach");
    }

    @Test
    void aTeamArgumentIsCheckedLikeTeam() {
        assertThat(run(Map.of(), "show", "Acme")).isEqualTo(ExitCode.INVALID);
        assertThat(err.toString()).contains("TEAM: 'Acme' is not a valid Team ID. Fix: use acme");
    }

    @Test
    void anUnreachableServerIsNamedWithTheFlagToFix() {
        assertThat(run(Map.of("TEAMS_SERVER", "http://localhost:1"), "list")).isEqualTo(ExitCode.FAILED);
        assertThat(err.toString()).contains("cannot reach Keycloak at http://localhost:1").contains("--server (TEAMS_SERVER)");
    }

    @Test
    void aServiceAccountWithoutSecretIsAUsageError() {
        assertThat(run(Map.of(), "list", "--auth-client-id", "teams-tool")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--auth-client-id needs --auth-client-secret");
    }

    @Test
    void helpListsEveryCommandAndExitCode() {
        assertThat(run(Map.of(), "--help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("add", "list", "show", "disable", "enable", "remove", "import", "export", "invite")
                .contains("3    a value failed its checks").contains("6    add/import of an existing team without --update")
                .contains("7    the issuer of a team with accounts").contains("8    credentials refused")
                .contains("9    the team is pending set-up").contains("10   invite --revoke of a team that is not pending");
        assertThat(run(Map.of(), "help", "import")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("${env:TEAMS_SECRET_NAME}").contains("--update").contains("--reissue")
                .contains("--allow-loopback-issuer");
        assertThat(run(Map.of(), "help", "add")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("--client-secret-stdin").contains("TEAMS_OKTA_CLIENT_SECRET");
    }

    @Test
    void importFileProblemsAreReportedPerEntryAndNothingIsSaved(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("teams.json");
        Files.writeString(file, """
                [
                  {"teamId": "acme", "issuer": "https://acme.okta.com", "clientId": "0oa1",
                   "clientSecret": "${env:TEAMS_SECRET_ACME}", "adminEmail": "it@acme.example"},
                  {"teamId": "Globex", "issuer": "https://globex.okta.com", "clientId": "0oa2",
                   "clientSecret": "literal-s3cr3t", "adminEmail": "it@globex.example", "colour": "blue"}
                ]""");

        int code = run(Map.of(), "import", "--server", "http://localhost:1", "--skip-checks", file.toString());

        assertThat(code).isEqualTo(ExitCode.INVALID);
        assertThat(err.toString())
                .contains("entry 1 (teamId 'acme'), clientSecret: refers to the environment variable TEAMS_SECRET_ACME, which is not set")
                .contains("entry 2 (teamId 'Globex'): unknown key 'colour'")
                .doesNotContain("literal-s3cr3t");
    }

    @Test
    void importResolvesEnvironmentReferencesAndChecksEveryEntry(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("teams.json");
        Files.writeString(file, """
                [{"teamId": "acme", "issuer": "https://acme.okta.com", "clientId": "0oa1",
                  "clientSecret": "${env:TEAMS_SECRET_ACME}", "adminEmail": "it@acme.example"},
                 {"teamId": "acme", "issuer": "https://acme.okta.com", "clientId": "0oa2",
                  "clientSecret": "x", "adminEmail": "it@acme.example"}]""");

        int code = run(Map.of("TEAMS_SECRET_ACME", "from-env"), "import", "--skip-checks", file.toString());

        assertThat(code).isEqualTo(ExitCode.INVALID);
        assertThat(err.toString()).contains("entry 2 (teamId 'acme'): the same teamId appears earlier").doesNotContain("entry 1");
    }

    @Test
    void anImportFileMayReadOnlyPrefixedVariablesAndOnlyForClientSecret(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("teams.json");
        Files.writeString(file, """
                [{"teamId": "acme", "issuer": "https://acme.okta.com", "clientId": "0oa1",
                  "clientSecret": "${env:TEAMS_PASSWORD}", "adminEmail": "it@acme.example"},
                 {"teamId": "globex", "issuer": "https://globex.okta.com", "clientId": "${env:TEAMS_SECRET_GLOBEX}",
                  "clientSecret": "${env:TEAMS_SECRET_GLOBEX}", "adminEmail": "it@globex.example"}]""");

        int code = run(Map.of("TEAMS_PASSWORD", "operator-pa55", "TEAMS_SECRET_GLOBEX", "globex-s3cret"), "import",
                "--server", "http://localhost:1", "--skip-checks", file.toString());

        assertThat(code).isEqualTo(ExitCode.INVALID);
        assertThat(err.toString())
                .contains("entry 1 (teamId 'acme'), clientSecret: refers to the environment variable TEAMS_PASSWORD, but an"
                        + " import file may read only variables named TEAMS_SECRET_...")
                .contains("entry 2 (teamId 'globex'), clientId: refers to an environment variable, which only clientSecret may")
                .doesNotContain("operator-pa55").doesNotContain("globex-s3cret").doesNotContain("cannot reach");
    }

    @Test
    void credentialsAreNeverSentOverPlainHttpToAnotherMachine() {
        int code = run(Map.of("TEAMS_USER", "ops", "TEAMS_PASSWORD", "pa55"), "list", "--server", "http://192.0.2.10:8080");

        assertThat(code).isEqualTo(ExitCode.UNSAFE_CONNECTION);
        assertThat(err.toString()).contains("refusing to send credentials to http://192.0.2.10:8080 over plain HTTP")
                .contains("Fix: use https://192.0.2.10:8080").doesNotContain("pa55");
    }

    @Test
    void theDemoDefaultsAreNeverSentToAnotherMachine() {
        assertThat(run(Map.of(), "list", "--server", "https://192.0.2.10")).isEqualTo(ExitCode.UNSAFE_CONNECTION);
        assertThat(err.toString()).contains("no credentials given for https://192.0.2.10").contains("admin/admin")
                .contains("--user/--password (TEAMS_USER/TEAMS_PASSWORD)");
    }

    @Test
    void aServerOnThisMachineMayBePlainHttpWithTheDemoDefaults() {
        assertThat(ServerGuard.refusal("http://localhost:8080", true, "")).isEmpty();
        assertThat(ServerGuard.refusal("http://127.0.0.1:8080", true, "")).isEmpty();
        assertThat(ServerGuard.refusal("http://[::1]:8080", true, "")).isEmpty();
        assertThat(ServerGuard.refusal("http://10.0.0.5:8080", false, "")).hasValueSatisfying(refusal ->
                assertThat(refusal.exitCode()).isEqualTo(ExitCode.UNSAFE_CONNECTION));
        assertThat(ServerGuard.refusal("localhost:8080", true, "")).hasValueSatisfying(refusal ->
                assertThat(refusal.exitCode()).isEqualTo(ExitCode.USAGE));
    }

    @Test
    void theLoopbackAllowanceCanComeFromTheEnvironment() {
        CommandLine commandLine = new CommandLine(new TeamsTool(), new TeamsTool.Factory(Map.of()));
        commandLine.setDefaultValueProvider(new EnvironmentDefaults(Map.of("TEAMS_ALLOW_LOOPBACK_ISSUER", "true")));
        ImportCommand command = (ImportCommand) commandLine.parseArgs("import", "f.json").subcommand().commandSpec().userObject();
        assertThat(command.saving.allowLoopback).isTrue();
        assertThat(command.saving.mayUpdate()).isFalse();
    }

    private static ListCommand parse(Map<String, String> env, String... args) {
        CommandLine commandLine = new CommandLine(new TeamsTool(), new TeamsTool.Factory(env));
        commandLine.setDefaultValueProvider(new EnvironmentDefaults(env));
        return (ListCommand) commandLine.parseArgs(args).subcommand().commandSpec().userObject();
    }
}
