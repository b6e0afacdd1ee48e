package dev.teamsso.testing.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.teamsso.cli.tool.ExitCode;
import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.providers.contract.TeamSettings;
import dev.teamsso.providers.contract.TeamTokens;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * {@code teams invite} and {@code teams invite --revoke} on the real server: the pending team is
 * exactly a disabled Organization with the set-up attributes and no identity provider, its link
 * is the last line and stored only as a hash, a new invite kills the old link, revoke removes
 * everything, and every other command refuses a pending team.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InviteToolIT {

    private static final String TEAM = "invite-new";
    private static final String EMAIL = "ivy@invite-new.example";
    private static final Pattern TOKEN = Pattern.compile(Pattern.quote(TeamTokens.SETUP_PREFIX) + "[A-Za-z0-9_-]{43}");

    private final TeamSsoStack stack;

    InviteToolIT(TeamSsoStack stack) {
        this.stack = stack;
    }

    @AfterEach
    void removeTeams() {
        for (String team : List.of(TEAM, "invite-live", "invite-org", "invite-idp")) {
            organization(team).ifPresent(org -> stack.realm().organizations().get(org.getId()).delete().close());
            try {
                stack.realm().identityProviders().get(team).remove();
            } catch (NotFoundException absent) {
                // nothing to remove
            }
        }
    }

    @Test
    void inviteCreatesExactlyThePendingTeamAndPrintsTheLinkLast() {
        Instant before = Instant.now();
        TeamsRun run = invite(TEAM, EMAIL);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        String token = tokenOf(run);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo(stack.keycloak().baseUrl() + "/realms/" + TeamSsoStack.REALM + "/teams/setup/" + token);
        assertThat(run.out().indexOf(token)).as("the token appears once").isEqualTo(run.out().lastIndexOf(token));
        assertThat(run.err()).doesNotContain(token);

        OrganizationRepresentation org = organization(TEAM).orElseThrow();
        assertThat(org.getAlias()).isEqualTo(TEAM);
        assertThat(org.getName()).isEqualTo(TEAM);
        assertThat(org.isEnabled()).as("nobody signs in through a pending team").isFalse();
        assertThat(org.getAttributes()).containsOnlyKeys(TeamContract.ADMIN_EMAIL_ATTRIBUTE, TeamSettings.SETUP_TOKEN_HASH_ATTRIBUTE,
                TeamSettings.SETUP_EXPIRES_ATTRIBUTE, TeamSettings.SETUP_STATE_ATTRIBUTE);
        assertThat(org.getAttributes())
                .containsEntry(TeamContract.ADMIN_EMAIL_ATTRIBUTE, List.of(EMAIL))
                .containsEntry(TeamSettings.SETUP_STATE_ATTRIBUTE, List.of(TeamSettings.SETUP_STATE_INVITED))
                .containsEntry(TeamSettings.SETUP_TOKEN_HASH_ATTRIBUTE, List.of(TeamTokens.hash(token)));
        Instant expires = Instant.parse(org.getAttributes().get(TeamSettings.SETUP_EXPIRES_ATTRIBUTE).get(0));
        assertThat(expires).isBetween(before.plus(Duration.ofHours(72)).minusSeconds(2), Instant.now().plus(Duration.ofHours(72)));
        assertThat(org.toString() + org.getAttributes()).doesNotContain(token).doesNotContain(token.substring(TeamTokens.SETUP_PREFIX.length()));
        assertThat(stack.realm().organizations().get(org.getId()).identityProviders().getIdentityProviders()).isEmpty();
        assertThatThrownBy(() -> stack.realm().identityProviders().get(TEAM).toRepresentation()).isInstanceOf(NotFoundException.class);
    }

    @Test
    void expiresSetsTheLinksLifetime() {
        Instant before = Instant.now();
        TeamsRun run = invite(TEAM, EMAIL, "--expires", "30m");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        Instant expires = Instant.parse(organization(TEAM).orElseThrow().getAttributes().get(TeamSettings.SETUP_EXPIRES_ATTRIBUTE).get(0));
        assertThat(expires).isBetween(before.plus(Duration.ofMinutes(30)).minusSeconds(2), Instant.now().plus(Duration.ofMinutes(30)));
        assertThat(run.out()).contains("until " + expires + ", in 30m");
    }

    @Test
    void badValuesAreRefusedAndNothingIsCreated() {
        Map<List<String>, String> refused = Map.of(
                List.of("--team", "Invite_New", "--admin-email", EMAIL), "--team: 'Invite_New' is not a valid Team ID. Fix: use invite-new",
                List.of("--team", "setup", "--admin-email", EMAIL), "--team: 'setup' is reserved",
                List.of("--team", TEAM, "--admin-email", "ivy at invite"), "--admin-email: 'ivy at invite' is not an email address",
                List.of("--team", TEAM, "--admin-email", EMAIL, "--expires", "0m"), "--expires: '0m' is no time at all",
                List.of("--team", TEAM, "--admin-email", EMAIL, "--expires", "8d"), "--expires: '8d' is longer than 7 days",
                List.of("--team", TEAM, "--admin-email", EMAIL, "--expires", "tomorrow"), "--expires: 'tomorrow' is not a duration");
        refused.forEach((args, message) -> {
            TeamsRun run = TeamsRun.run(stack, concat("invite", args));
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.INVALID);
            assertThat(run.err()).contains(message).contains("nothing was saved");
            assertThat(run.all()).doesNotContain(TeamTokens.SETUP_PREFIX);
        });
        assertThat(organization(TEAM)).isEmpty();
        assertThat(organization("setup")).isEmpty();
    }

    @Test
    void aTeamIdThatIsATeamAnOrganizationOrAnIdentityProviderIsRefused() {
        stack.createTeam("invite-live", "invite-live", "it@invite-live.example");
        createOrganization("invite-org", Map.of());
        IdentityProviderRepresentation idp = new IdentityProviderRepresentation();
        idp.setAlias("invite-idp");
        idp.setProviderId("oidc");
        idp.setConfig(Map.of("clientId", "x", "authorizationUrl", "https://idp.example/authorize", "tokenUrl", "https://idp.example/token"));
        stack.realm().identityProviders().create(idp).close();

        for (String taken : List.of("invite-live", "invite-org", "invite-idp")) {
            TeamsRun run = invite(taken, EMAIL);
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.EXISTS);
            assertThat(run.err()).contains("Team ID " + taken + " is already").contains("nothing was changed. Fix: ");
            assertThat(run.all()).doesNotContain(TeamTokens.SETUP_PREFIX);
        }
        assertThat(organization("invite-live").orElseThrow().getAttributes()).doesNotContainKey(TeamSettings.SETUP_STATE_ATTRIBUTE);
        assertThat(organization("invite-live").orElseThrow().isEnabled()).isTrue();
        assertThat(organization("invite-org").orElseThrow().getAttributes()).doesNotContainKey(TeamSettings.SETUP_STATE_ATTRIBUTE);
        assertThat(organization("invite-idp")).isEmpty();
    }

    @Test
    void invitingAPendingTeamAgainIssuesANewLinkAndKillsTheOldOne() {
        String first = tokenOf(invite(TEAM, EMAIL));
        TeamsRun again = invite(TEAM, "boss@invite-new.example", "--expires", "7d");

        assertThat(again.exitCode()).as(again.toString()).isEqualTo(ExitCode.OK);
        String second = tokenOf(again);
        assertThat(second).isNotEqualTo(first);
        assertThat(again.err()).contains("team " + TEAM + " was already pending set-up (invited); this new link replaces its old one,"
                + " which no longer works");
        OrganizationRepresentation org = organization(TEAM).orElseThrow();
        assertThat(org.getAttributes().get(TeamSettings.SETUP_TOKEN_HASH_ATTRIBUTE)).containsExactly(TeamTokens.hash(second));
        assertThat(TeamTokens.matches(first, org.getAttributes().get(TeamSettings.SETUP_TOKEN_HASH_ATTRIBUTE).get(0))).isFalse();
        assertThat(org.getAttributes().get(TeamContract.ADMIN_EMAIL_ATTRIBUTE)).containsExactly("boss@invite-new.example");
        assertThat(stack.realm().organizations().search(TEAM, true, 0, 10)).hasSize(1);
    }

    @Test
    void revokeRemovesThePendingTeamAndWhatTheSetupPageSaved() {
        tokenOf(invite(TEAM, EMAIL));
        // What the set-up page does when the values pass: an IdP linked to the organization, state values-accepted.
        OrganizationRepresentation org = organization(TEAM).orElseThrow();
        IdentityProviderRepresentation idp = new IdentityProviderRepresentation();
        idp.setAlias(TEAM);
        idp.setProviderId("oidc");
        idp.setEnabled(false);
        idp.setConfig(Map.of("clientId", "0oa-invite", "clientSecret", "saved-secret", "issuer", stack.okta().issuer(TEAM),
                "authorizationUrl", stack.okta().issuer(TEAM) + "/authorize", "tokenUrl", stack.okta().issuer(TEAM) + "/token",
                TeamContract.TEAM_IDP_MARKER, "true"));
        stack.realm().identityProviders().create(idp).close();
        stack.realm().organizations().get(org.getId()).identityProviders().addIdentityProvider(TEAM).close();
        setAttribute(TEAM, TeamSettings.SETUP_STATE_ATTRIBUTE, TeamSettings.SETUP_STATE_VALUES_ACCEPTED);
        assertThat(TeamsRun.run(stack, "list").out()).contains("pending (values accepted, link expires");

        TeamsRun revoked = TeamsRun.run(stack, "invite", "--revoke", TEAM);

        assertThat(revoked.exitCode()).as(revoked.toString()).isEqualTo(ExitCode.OK);
        assertThat(revoked.out()).contains("revoked the set-up link of team " + TEAM + " (values accepted) and removed the pending team");
        assertThat(organization(TEAM)).isEmpty();
        assertThatThrownBy(() -> stack.realm().identityProviders().get(TEAM).toRepresentation()).isInstanceOf(NotFoundException.class);
        assertThat(TeamsRun.run(stack, "invite", "--revoke", TEAM).exitCode()).as("nothing left to revoke").isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void revokeRefusesALiveTeamAndAnUnknownOne() {
        stack.createTeam("invite-live", "invite-live", "it@invite-live.example");

        TeamsRun live = TeamsRun.run(stack, "invite", "--revoke", "invite-live");
        TeamsRun unknown = TeamsRun.run(stack, "invite", "--revoke", "invite-nobody");

        assertThat(live.exitCode()).as(live.toString()).isEqualTo(ExitCode.NOT_PENDING);
        assertThat(live.err()).contains("team invite-live is not pending set-up").contains("'teams remove invite-live --yes'");
        assertThat(organization("invite-live")).isPresent();
        assertThat(stack.realm().identityProviders().get("invite-live").toRepresentation().isEnabled()).isTrue();
        assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void listAndShowShowThePendingTeamAndItsExpiryNeverTheLink() {
        TeamsRun invited = invite(TEAM, EMAIL);
        String token = tokenOf(invited);
        String expires = organization(TEAM).orElseThrow().getAttributes().get(TeamSettings.SETUP_EXPIRES_ATTRIBUTE).get(0);

        TeamsRun list = TeamsRun.run(stack, "list");
        TeamsRun show = TeamsRun.run(stack, "show", TEAM);

        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out().lines().filter(line -> line.startsWith(TEAM + " "))).singleElement().asString()
                .contains("pending (invited, link expires " + expires + ")").contains(EMAIL);
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).contains("status:", "pending (organization disabled, identity provider missing)")
                .contains("set-up:", "invited; link expires " + expires).contains(EMAIL);
        for (TeamsRun run : List.of(list, show)) {
            assertThat(run.all()).doesNotContain(token).doesNotContain(TeamTokens.hash(token)).doesNotContain("sha256:")
                    .doesNotContain("/teams/setup/");
        }

        setAttribute(TEAM, TeamSettings.SETUP_EXPIRES_ATTRIBUTE, "2026-01-01T00:00:00Z");
        assertThat(TeamsRun.run(stack, "list").out()).contains("pending (invited, link expired 2026-01-01T00:00:00Z)");
        assertThat(TeamsRun.run(stack, "show", TEAM).out()).contains("invited; link expired 2026-01-01T00:00:00Z");
        assertThat(TeamsRun.run(stack, "export").out()).as("export leaves pending teams out").doesNotContain(TEAM);
    }

    @Test
    void aPendingTeamIsNotATeamForTheOtherCommands(@TempDir Path directory) throws Exception {
        tokenOf(invite(TEAM, EMAIL));
        List<String[]> commands = List.of(new String[] {"enable", TEAM}, new String[] {"disable", TEAM},
                new String[] {"scim-token", TEAM}, new String[] {"remove", TEAM, "--yes"},
                new String[] {"add", "--team", TEAM, "--issuer", stack.okta().issuer(TEAM), "--client-id", "0oa-invite",
                        "--client-secret", "invite-secret", "--admin-email", EMAIL, "--allow-loopback-issuer"});
        for (String[] command : commands) {
            TeamsRun run = TeamsRun.run(stack, command);
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.PENDING);
            assertThat(run.err()).contains("team " + TEAM + " is pending set-up (invited), so it cannot")
                    .contains("'teams invite --revoke " + TEAM + "'");
        }
        Path file = directory.resolve("teams.json");
        Files.writeString(file, "[{\"teamId\": \"" + TEAM + "\", \"issuer\": \"" + stack.okta().issuer(TEAM)
                + "\", \"clientId\": \"0oa-invite\", \"clientSecret\": \"invite-secret\", \"adminEmail\": \"" + EMAIL + "\"}]");
        TeamsRun imported = TeamsRun.run(stack, "import", file.toString(), "--allow-loopback-issuer", "--update");
        assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(ExitCode.PENDING);
        assertThat(imported.err()).contains("nothing was saved:", "entry 1", "team " + TEAM + " is pending set-up (invited)");

        OrganizationRepresentation org = organization(TEAM).orElseThrow();
        assertThat(org.isEnabled()).isFalse();
        assertThat(org.getAttributes()).doesNotContainKey(TeamSettings.SCIM_TOKEN_HASH_ATTRIBUTE);
        assertThatThrownBy(() -> stack.realm().identityProviders().get(TEAM).toRepresentation()).isInstanceOf(NotFoundException.class);
    }

    @Test
    void afterRevokeTheTeamIdCanBeAddedTheOperatorsWay() {
        tokenOf(invite(TEAM, EMAIL));
        assertThat(TeamsRun.run(stack, "invite", "--revoke", TEAM).exitCode()).isZero();

        TeamsRun added = TeamsRun.run(stack, "add", "--team", TEAM, "--issuer", stack.okta().issuer(TEAM), "--client-id",
                "0oa-invite", "--client-secret", "invite-secret", "--admin-email", EMAIL, "--allow-loopback-issuer");

        assertThat(added.exitCode()).as(added.toString()).isEqualTo(ExitCode.OK);
        assertThat(TeamsRun.run(stack, "show", TEAM).out()).contains("status:", "enabled (organization enabled, identity provider enabled)")
                .doesNotContain("set-up:");
    }

    @Test
    void theLinkUsesTheRealmsFrontendUrlWhenItHasOne() {
        RealmRepresentation realm = stack.realm().toRepresentation();
        Map<String, String> before = new HashMap<>(realm.getAttributes());
        Map<String, String> changed = new HashMap<>(before);
        changed.put("frontendUrl", "https://sso.invite.example");
        realm.setAttributes(changed);
        stack.realm().update(realm);
        try {
            TeamsRun run = invite(TEAM, EMAIL);
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
            assertThat(run.out().lines().reduce((a, b) -> b).orElseThrow())
                    .isEqualTo("https://sso.invite.example/realms/" + TeamSsoStack.REALM + "/teams/setup/" + tokenOf(run));
        } finally {
            // Keycloak keeps attributes left out of an update; an empty Frontend URL is "none", as the admin console clears it.
            RealmRepresentation restored = stack.realm().toRepresentation();
            Map<String, String> cleared = new HashMap<>(restored.getAttributes());
            cleared.put("frontendUrl", before.getOrDefault("frontendUrl", ""));
            restored.setAttributes(cleared);
            stack.realm().update(restored);
        }
        assertThat(stack.realm().toRepresentation().getAttributes().getOrDefault("frontendUrl", "")).isBlank();
    }

    private TeamsRun invite(String team, String email, String... extra) {
        return TeamsRun.run(stack, concat("invite", List.of("--team", team, "--admin-email", email), extra));
    }

    /** The token of the link on the run's last line. */
    private static String tokenOf(TeamsRun run) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        String last = run.out().lines().reduce((a, b) -> b).orElseThrow();
        String token = last.substring(last.lastIndexOf('/') + 1);
        assertThat(token).matches(TOKEN);
        return token;
    }

    private Optional<OrganizationRepresentation> organization(String team) {
        return stack.realm().organizations().search(team, true, 0, 10, false).stream()
                .filter(org -> team.equals(org.getAlias())).findFirst();
    }

    private void createOrganization(String alias, Map<String, List<String>> attributes) {
        OrganizationRepresentation org = new OrganizationRepresentation();
        org.setAlias(alias);
        org.setName(alias);
        org.setAttributes(attributes);
        try (Response response = stack.realm().organizations().create(org)) {
            assertThat(response.getStatus()).isEqualTo(201);
        }
    }

    private void setAttribute(String team, String name, String value) {
        OrganizationRepresentation org = organization(team).orElseThrow();
        Map<String, List<String>> attributes = new HashMap<>(org.getAttributes());
        attributes.put(name, List.of(value));
        org.setAttributes(attributes);
        stack.realm().organizations().get(org.getId()).update(org).close();
    }

    private static String[] concat(String command, List<String> args, String... extra) {
        List<String> all = new java.util.ArrayList<>();
        all.add(command);
        all.addAll(args);
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }
}
