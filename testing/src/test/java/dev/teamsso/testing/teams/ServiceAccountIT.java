package dev.teamsso.testing.teams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.cli.tool.ExitCode;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * The production way to run the tool: a service-account client of the target realm holding only
 * the realm-management roles manage-organizations and manage-identity-providers.
 */
@ExtendWith(TeamSsoExtension.class)
class ServiceAccountIT {

    static final List<String> LEAST_PRIVILEGE = List.of("manage-organizations", "manage-identity-providers");

    private static final String TEAM = "satest";
    private static final String SECRET = "teams-tool-S3cret-4b7d";

    private final TeamSsoStack stack;

    ServiceAccountIT(TeamSsoStack stack) {
        this.stack = stack;
    }

    @AfterEach
    void cleanUp() {
        TestTeam.of(stack, TEAM).remove();
        for (String clientId : List.of("teams-tool", "teams-viewer")) {
            stack.realm().clients().findByClientId(clientId).forEach(client -> stack.realm().clients().get(client.getId()).remove());
        }
    }

    @Test
    void aServiceAccountWithTheLeastRolesManagesTeamsFromStartToEnd() {
        serviceAccount("teams-tool", LEAST_PRIVILEGE);
        Map<String, String> env = Map.of("TEAMS_CLIENT_ID", "teams-tool", "TEAMS_CLIENT_SECRET", SECRET);
        String issuer = stack.okta().issuer(TEAM);

        List<TeamsRun> runs = List.of(
                TeamsRun.runWith(stack, env, "add", "--team", TEAM, "--issuer", issuer, "--client-id", "0oa-sa",
                        "--client-secret", "okta-secret", "--admin-email", "it@satest.example", "--allow-loopback-issuer"),
                TeamsRun.runWith(stack, env, "add", "--team", TEAM, "--issuer", issuer, "--client-id", "0oa-sa",
                        "--client-secret", "okta-secret", "--admin-email", "boss@satest.example", "--allow-loopback-issuer",
                        "--update"),
                TeamsRun.runWith(stack, env, "list"),
                TeamsRun.runWith(stack, env, "show", TEAM),
                TeamsRun.runWith(stack, env, "disable", TEAM),
                TeamsRun.runWith(stack, env, "enable", TEAM),
                TeamsRun.runWith(stack, env, "export"),
                TeamsRun.runWith(stack, env, "remove", TEAM, "--yes"));

        assertThat(runs).allSatisfy(run -> assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK));
        assertThat(runs.get(2).out()).contains(TEAM);
        assertThat(runs.get(3).out()).contains("members not visible to this account (give it realm-management view-users");
        assertThat(runs.get(7).out()).contains("deleted team " + TEAM);
        assertThat(stack.provisioner().findOrganization(new TeamId(TEAM))).isEmpty();
    }

    @Test
    void theLeastRolesInviteAndRevokeATeamWithTheLinkOnTheServersUrl() {
        serviceAccount("teams-tool", LEAST_PRIVILEGE);
        Map<String, String> env = Map.of("TEAMS_CLIENT_ID", "teams-tool", "TEAMS_CLIENT_SECRET", SECRET);

        TeamsRun invite = TeamsRun.runWith(stack, env, "invite", "--team", TEAM, "--admin-email", "it@satest.example");
        TeamsRun list = TeamsRun.runWith(stack, env, "list");
        TeamsRun revoke = TeamsRun.runWith(stack, env, "invite", "--revoke", TEAM);

        assertThat(List.of(invite, list, revoke)).allSatisfy(run -> assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK));
        assertThat(invite.out().lines().reduce((a, b) -> b).orElseThrow())
                .startsWith(stack.keycloak().baseUrl() + "/realms/" + TeamSsoStack.REALM + "/teams/setup/tsso_setup_");
        assertThat(invite.err()).contains("cannot read the realm's frontendUrl (this account lacks realm-management view-realm)");
        assertThat(list.out()).contains(TEAM + " ").contains("pending (invited");
        assertThat(stack.provisioner().findOrganization(new TeamId(TEAM))).isEmpty();
    }

    @Test
    void withViewUsersTheServiceAccountAlsoSeesHowManyMembersATeamHas() {
        serviceAccount("teams-tool", List.of("manage-organizations", "manage-identity-providers", "view-users"));
        Map<String, String> env = Map.of("TEAMS_CLIENT_ID", "teams-tool", "TEAMS_CLIENT_SECRET", SECRET);
        TeamsRun add = TeamsRun.runWith(stack, env, "add", "--team", TEAM, "--issuer", stack.okta().issuer(TEAM),
                "--client-id", "0oa-sa", "--client-secret", "okta-secret", "--admin-email", "it@satest.example",
                "--allow-loopback-issuer");

        TeamsRun show = TeamsRun.runWith(stack, env, "show", TEAM);

        assertThat(add.exitCode()).as(add.toString()).isEqualTo(ExitCode.OK);
        assertThat(show.out()).as(show.toString()).contains("0 members");
    }

    @Test
    void aServiceAccountWithoutTheRolesIsToldWhichOnesItNeedsAndNothingIsSaved() {
        serviceAccount("teams-viewer", List.of("view-organizations", "view-identity-providers"));

        TeamsRun run = TeamsRun.run(stack, "add", "--auth-client-id", "teams-viewer", "--auth-client-secret", SECRET,
                "--team", TEAM, "--issuer", stack.okta().issuer(TEAM), "--client-id", "0oa-sa", "--client-secret", "okta-secret",
                "--admin-email", "it@satest.example", "--allow-loopback-issuer");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains("may not manage teams").contains("manage-organizations and manage-identity-providers")
                .doesNotContain(SECRET);
        assertThat(stack.provisioner().findOrganization(new TeamId(TEAM))).isEmpty();
    }

    @Test
    void aWrongServiceAccountSecretIsNamed() {
        serviceAccount("teams-tool", LEAST_PRIVILEGE);

        TeamsRun run = TeamsRun.run(stack, "list", "--auth-client-id", "teams-tool", "--auth-client-secret", "wrong-one");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains("refused to sign in service account 'teams-tool'").contains("--auth-client-secret")
                .doesNotContain("wrong-one");
    }

    private void serviceAccount(String clientId, List<String> roles) {
        RealmResource realm = stack.realm();
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setSecret(SECRET);
        client.setPublicClient(false);
        client.setServiceAccountsEnabled(true);
        client.setStandardFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        String id;
        try (Response created = realm.clients().create(client)) {
            id = CreatedResponseUtil.getCreatedId(created);
        }
        String realmManagement = realm.clients().findByClientId("realm-management").get(0).getId();
        List<RoleRepresentation> grants = roles.stream()
                .map(role -> realm.clients().get(realmManagement).roles().get(role).toRepresentation())
                .toList();
        String user = realm.clients().get(id).getServiceAccountUser().getId();
        realm.users().get(user).roles().clientLevel(realmManagement).add(grants);
    }
}
