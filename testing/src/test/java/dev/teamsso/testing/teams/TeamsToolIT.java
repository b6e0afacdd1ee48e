package dev.teamsso.testing.teams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.cli.tool.ExitCode;
import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.KeycloakUpstream;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * The real {@code teams} commands against the real server. The upstream is a second realm of the
 * same server, which (unlike the Okta stand-in) checks client secrets.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsToolIT {

    private static final String TEAM = "tooltest";
    private static final String CLIENT = "platform-broker";
    private static final String SECRET = "Upstream-S3cret-9f2c";
    private static final String OTHER_CLIENT = "platform-broker-2";
    private static final String OTHER_SECRET = "Other-S3cret-7a1e";

    private final TeamSsoStack stack;
    private KeycloakUpstream upstream;

    TeamsToolIT(TeamSsoStack stack) {
        this.stack = stack;
    }

    @BeforeAll
    void createUpstream() {
        upstream = KeycloakUpstream.create(stack, "tooltest-okta", CLIENT, SECRET, "pat");
        upstream.addClient(OTHER_CLIENT, OTHER_SECRET);
    }

    @AfterAll
    void deleteUpstream() {
        upstream.delete();
    }

    @AfterEach
    void removeTeams() {
        for (String team : List.of(TEAM, "tooltest-a", "tooltest-b", "tooltest-c")) {
            TestTeam.of(stack, team).remove();
        }
    }

    private TeamsRun add(String team, String issuer, String clientId, String secret, String email, String... extra) {
        List<String> args = new ArrayList<>(List.of("add", "--team", team, "--issuer", issuer, "--client-id", clientId,
                "--client-secret", secret, "--admin-email", email, "--allow-loopback-issuer"));
        args.addAll(List.of(extra));
        return TeamsRun.run(stack, args.toArray(String[]::new));
    }

    @Test
    void addChecksTheValuesAndProvisionsAHardenedTeamThatPeopleSignInThrough() {
        TeamsRun run = add(TEAM, upstream.issuer(), CLIENT, SECRET, "it@tooltest.example");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("created team " + TEAM).doesNotContain(SECRET);
        OrganizationRepresentation org = organization(TEAM);
        assertThat(org.getAttributes()).containsEntry(TeamContract.ADMIN_EMAIL_ATTRIBUTE, List.of("it@tooltest.example"));
        IdentityProviderRepresentation idp = stack.realm().identityProviders().get(TEAM).toRepresentation();
        assertThat(idp.getOrganizationId()).isEqualTo(org.getId());
        assertThat(idp.isHideOnLogin()).isTrue();
        assertThat(idp.getConfig())
                .containsEntry("issuer", upstream.issuer())
                .containsEntry("validateSignature", "true")
                .containsEntry("useJwksUrl", "true")
                .containsEntry("pkceMethod", "S256")
                .containsEntry("disableUserInfo", "true")
                .containsEntry("clientId", CLIENT);

        // The upstream checks the stored secret when Keycloak redeems the code: the sign-in proves it.
        BrokeredSignIn.Outcome outcome = upstream.signIn(new BrowserlessClient(), new BrokeredSignIn(stack).platform(), TEAM, "pat");
        PlatformClient.Tokens tokens = new BrokeredSignIn(stack).tokens(outcome);
        assertThat(tokens.accessToken().getClaim("email")).isEqualTo("pat@tooltest-okta.example");
        stack.realm().users().get(tokens.accessToken().getSubject()).remove();
    }

    @Test
    void addingAnExistingTeamAgainPrintsTheDifferencesAndChangesNothing() {
        assertThat(add(TEAM, upstream.issuer(), CLIENT, SECRET, "it@tooltest.example").exitCode()).isEqualTo(ExitCode.OK);
        IdentityProviderRepresentation before = stack.realm().identityProviders().get(TEAM).toRepresentation();

        TeamsRun again = add(TEAM, upstream.issuer(), OTHER_CLIENT, OTHER_SECRET, "boss@tooltest.example");

        assertThat(again.exitCode()).as(again.toString()).isEqualTo(ExitCode.EXISTS);
        assertThat(again.out()).contains("team " + TEAM + " exists; saving would change this:")
                .contains("  client ID: " + CLIENT + " -> " + OTHER_CLIENT)
                .contains("  admin email: it@tooltest.example -> boss@tooltest.example")
                .contains("  client secret: changed (fingerprint sha256:")
                .doesNotContain("issuer:").doesNotContain(SECRET).doesNotContain(OTHER_SECRET);
        assertThat(again.err()).contains("team " + TEAM + " exists; nothing was changed. Fix: add --update");
        assertThat(organization(TEAM).getAttributes()).containsEntry(TeamContract.ADMIN_EMAIL_ATTRIBUTE, List.of("it@tooltest.example"));
        assertThat(stack.realm().identityProviders().get(TEAM).toRepresentation().getConfig())
                .isEqualTo(before.getConfig());
    }

    @Test
    void updateShowsTheDifferencesAndAppliesThemInPlace() {
        assertThat(add(TEAM, upstream.issuer(), CLIENT, SECRET, "it@tooltest.example").exitCode()).isEqualTo(ExitCode.OK);
        String organizationId = organization(TEAM).getId();
        TeamsRun same = add(TEAM, upstream.issuer(), CLIENT, SECRET, "it@tooltest.example", "--update");
        assertThat(same.exitCode()).as(same.toString()).isEqualTo(ExitCode.OK);
        assertThat(same.out()).contains("team " + TEAM + " exists; saving would change nothing");

        TeamsRun again = add(TEAM, upstream.issuer(), OTHER_CLIENT, OTHER_SECRET, "boss@tooltest.example", "--update");

        assertThat(again.exitCode()).as(again.toString()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).contains("  client ID: " + CLIENT + " -> " + OTHER_CLIENT).contains("  client secret: changed")
                .contains("updated team " + TEAM);
        assertThat(organization(TEAM).getId()).isEqualTo(organizationId);
        assertThat(organization(TEAM).getAttributes()).containsEntry(TeamContract.ADMIN_EMAIL_ATTRIBUTE, List.of("boss@tooltest.example"));
        IdentityProviderRepresentation idp = stack.realm().identityProviders().get(TEAM).toRepresentation();
        assertThat(idp.getConfig()).containsEntry("clientId", OTHER_CLIENT);
        assertThat(idp.getOrganizationId()).isEqualTo(organizationId);
        assertThat(stack.realm().organizations().search(TEAM, true, 0, 10)).hasSize(1);
        // The new secret was stored: the upstream accepts it when Keycloak redeems the code.
        BrokeredSignIn.Outcome outcome = upstream.signIn(new BrowserlessClient(), new BrokeredSignIn(stack).platform(), TEAM, "pat");
        String subject = new BrokeredSignIn(stack).tokens(outcome).accessToken().getSubject();
        stack.realm().users().get(subject).remove();
    }

    @Test
    void theClientSecretCanComeFromStandardInputOrTheEnvironment() {
        TeamsRun stdin = TeamsRun.runWithInput(stack, Map.of(), SECRET + "\n", "add", "--team", TEAM, "--issuer",
                upstream.issuer(), "--client-id", CLIENT, "--client-secret-stdin", "--admin-email", "it@tooltest.example",
                "--allow-loopback-issuer");
        assertThat(stdin.exitCode()).as(stdin.toString()).isEqualTo(ExitCode.OK);
        TeamsRun wrongFromEnvironment = TeamsRun.runWith(stack, Map.of("TEAMS_OKTA_CLIENT_SECRET", "not-it"), "add",
                "--team", "tooltest-a", "--issuer", upstream.issuer(), "--client-id", CLIENT, "--admin-email", "a@a.example",
                "--allow-loopback-issuer");
        assertThat(wrongFromEnvironment.exitCode()).as("the variable's value is the secret checked")
                .isEqualTo(ExitCode.INVALID);

        // The secret read from standard input is the one stored: the upstream checks it at sign-in.
        BrokeredSignIn.Outcome outcome = upstream.signIn(new BrowserlessClient(), new BrokeredSignIn(stack).platform(), TEAM, "pat");
        String subject = new BrokeredSignIn(stack).tokens(outcome).accessToken().getSubject();
        stack.realm().users().get(subject).remove();
    }

    @Test
    void aWrongSecretIsRefusedAndNothingIsSaved() {
        TeamsRun run = add(TEAM, upstream.issuer(), CLIENT, "not-the-secret", "it@tooltest.example");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("--client-secret:").contains("invalid_client").contains("nothing was saved")
                .doesNotContain("not-the-secret");
        assertNothingOf(TEAM);
    }

    @Test
    void anIssuerWithATrailingSlashIsNamedAsSuchAndNothingIsSaved() {
        TeamsRun run = add(TEAM, upstream.issuer() + "/", CLIENT, SECRET, "it@tooltest.example");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("--issuer:").contains("remove the trailing slash: --issuer " + upstream.issuer());
        assertNothingOf(TEAM);
    }

    @Test
    void anUnreachableIssuerIsNamed() {
        TeamsRun run = add(TEAM, "http://localhost:1/oauth2/default", CLIENT, SECRET, "it@tooltest.example");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("--issuer: could not read the discovery document").contains("--skip-checks");
        assertNothingOf(TEAM);
    }

    @Test
    void plainHttpAwayFromThisMachineABadEmailAndABadTeamIdAreRefused() {
        TeamsRun http = add(TEAM, "http://acme.okta.com/oauth2/default", CLIENT, SECRET, "it@tooltest.example");
        TeamsRun email = add(TEAM, upstream.issuer(), CLIENT, SECRET, "it-at-tooltest");
        TeamsRun teamId = add("Tool_Test", upstream.issuer(), CLIENT, SECRET, "it@tooltest.example");

        assertThat(List.of(http, email, teamId)).allSatisfy(run -> assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.INVALID));
        assertThat(http.err()).contains("--issuer: 'http://acme.okta.com/oauth2/default' uses plain HTTP. Fix: use --issuer https://");
        assertThat(email.err()).contains("--admin-email: 'it-at-tooltest' is not an email address");
        assertThat(teamId.err()).contains("--team: 'Tool_Test' is not a valid Team ID. Fix: use tool-test");
        assertNothingOf(TEAM);
        assertNothingOf("tool-test");
    }

    @Test
    void disableTurnsOffOrganizationAndIdentityProviderAndEnableTurnsThemOn() {
        add(TEAM, upstream.issuer(), CLIENT, SECRET, "it@tooltest.example");

        TeamsRun disabled = TeamsRun.run(stack, "disable", TEAM);
        assertThat(disabled.exitCode()).as(disabled.toString()).isEqualTo(ExitCode.OK);
        assertThat(organization(TEAM).isEnabled()).isFalse();
        assertThat(stack.realm().identityProviders().get(TEAM).toRepresentation().isEnabled()).isFalse();
        assertThat(TeamsRun.run(stack, "show", TEAM).out()).contains("disabled (organization disabled, identity provider disabled)");

        TeamsRun enabled = TeamsRun.run(stack, "enable", TEAM);
        assertThat(enabled.exitCode()).as(enabled.toString()).isEqualTo(ExitCode.OK);
        assertThat(organization(TEAM).isEnabled()).isTrue();
        IdentityProviderRepresentation idp = stack.realm().identityProviders().get(TEAM).toRepresentation();
        assertThat(idp.isEnabled()).isTrue();
        assertThat(idp.getConfig()).containsEntry("validateSignature", "true").containsEntry("pkceEnabled", "true");

        // Re-enabling kept the stored secret: the upstream still accepts it at sign-in.
        BrokeredSignIn.Outcome outcome = upstream.signIn(new BrowserlessClient(), new BrokeredSignIn(stack).platform(), TEAM, "pat");
        String subject = new BrokeredSignIn(stack).tokens(outcome).accessToken().getSubject();
        stack.realm().users().get(subject).remove();
    }

    @Test
    void removeSaysWhatItWouldDeleteAndNeedsYes() {
        add(TEAM, upstream.issuer(), CLIENT, SECRET, "it@tooltest.example");

        TeamsRun dryRun = TeamsRun.run(stack, "remove", TEAM);
        assertThat(dryRun.exitCode()).as(dryRun.toString()).isEqualTo(ExitCode.NOT_CONFIRMED);
        assertThat(dryRun.err()).contains("would delete team " + TEAM).contains("organization " + TEAM)
                .contains("identity provider " + TEAM + " (issuer " + upstream.issuer()).contains("Nothing was deleted")
                .contains("--yes").doesNotContain(SECRET);
        assertThat(stack.provisioner().findOrganization(new TeamId(TEAM))).isPresent();

        TeamsRun removed = TeamsRun.run(stack, "remove", TEAM, "--yes");
        assertThat(removed.exitCode()).as(removed.toString()).isEqualTo(ExitCode.OK);
        assertNothingOf(TEAM);
        assertThat(TeamsRun.run(stack, "remove", TEAM, "--yes").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(TeamsRun.run(stack, "show", TEAM).exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void importAddsSeveralTeamsAndShowListAndExportNeverPrintASecret(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("teams.json");
        Files.writeString(file, """
                [
                  {"teamId": "tooltest-a", "issuer": "%1$s", "clientId": "%2$s", "clientSecret": "${env:TEAMS_SECRET_A}", "adminEmail": "a@a.example"},
                  {"teamId": "tooltest-b", "issuer": "%1$s", "clientId": "%3$s", "clientSecret": "%4$s", "adminEmail": "b@b.example"},
                  {"teamId": "tooltest-c", "issuer": "%1$s", "clientId": "%2$s", "clientSecret": "%5$s", "adminEmail": "c@c.example", "enabled": false}
                ]""".formatted(upstream.issuer(), CLIENT, OTHER_CLIENT, OTHER_SECRET, SECRET));

        TeamsRun imported = TeamsRun.runWith(stack, Map.of("TEAMS_SECRET_A", SECRET), "import",
                "--allow-loopback-issuer", file.toString());

        assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(ExitCode.OK);
        assertThat(imported.out()).contains("created team tooltest-a", "created team tooltest-b", "created team tooltest-c", "c@c.example (disabled)",
                "imported 3 team(s)");
        assertThat(organization("tooltest-c").isEnabled()).isFalse();

        TeamsRun list = TeamsRun.run(stack, "list", "--max", "1000");
        TeamsRun show = TeamsRun.run(stack, "show", "tooltest-b");
        TeamsRun export = TeamsRun.run(stack, "export");
        assertThat(List.of(list, show, export)).allSatisfy(run -> {
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
            assertThat(run.all()).doesNotContain(SECRET).doesNotContain(OTHER_SECRET).doesNotContain("**********");
        });
        assertThat(list.out()).containsPattern("tooltest-a +enabled +a@a\\.example +" + upstream.issuer())
                .containsPattern("tooltest-c +disabled");
        assertThat(show.out()).contains("client ID:", OTHER_CLIENT).contains("stored in Keycloak, never shown (fingerprint sha256:");
        assertThat(export.out()).contains("\"teamId\" : \"tooltest-b\"").contains("\"enabled\" : false").doesNotContain("clientSecret");
    }

    @Test
    void importChecksEveryTeamFirstAndSavesNoneWhenOneFails(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("teams.json");
        Files.writeString(file, """
                [
                  {"teamId": "tooltest-a", "issuer": "%1$s", "clientId": "%2$s", "clientSecret": "%3$s", "adminEmail": "a@a.example"},
                  {"teamId": "tooltest-b", "issuer": "%1$s", "clientId": "%2$s", "clientSecret": "wrong", "adminEmail": "b@b.example"}
                ]""".formatted(upstream.issuer(), CLIENT, SECRET));

        TeamsRun run = TeamsRun.run(stack, "import", "--allow-loopback-issuer", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("entry 2 (teamId 'tooltest-b'), clientSecret:").contains("invalid_client");
        assertNothingOf("tooltest-a");
        assertNothingOf("tooltest-b");
    }

    private OrganizationRepresentation organization(String team) {
        return stack.realm().organizations().search(team, true, 0, 2, false).stream()
                .filter(org -> team.equals(org.getAlias())).findFirst().orElseThrow();
    }

    private void assertNothingOf(String team) {
        assertThat(stack.realm().organizations().search(team, true, 0, 2)).noneMatch(org -> team.equals(org.getAlias()));
        assertThat(stack.realm().identityProviders().find("\"" + team + "\"", true, 0, 10)).isEmpty();
    }
}
