package dev.teamsso.testing.teams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.testing.ScimClient;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code teams scim-token} and {@code teams add --admin-group} on the real server: the token is
 * the last line of standard output, works, replaces the previous one, is stored only as a hash,
 * and {@code --revoke} ends it; the admin group is saved, shown, and cleared with an empty value.
 */
@ExtendWith(TeamSsoExtension.class)
class ScimTokenToolIT {

    private static final String TEAM = "tool-scim";

    @Test
    void scimTokenPrintsAWorkingTokenLastAndRevokeEndsIt(TeamSsoStack stack) {
        TeamsRun added = TeamsRun.run(stack, "add", "--team", TEAM, "--issuer", stack.okta().issuer(TEAM), "--client-id",
                "0oa-tool-scim", "--client-secret", "tool-scim-secret", "--admin-email", "it@tool-scim.example",
                "--admin-group", "DeepInfra Admins", "--allow-loopback-issuer");
        try {
            assertThat(added.exitCode()).as(added.toString()).isZero();
            assertThat(TeamsRun.run(stack, "show", TEAM).out()).contains("admin group:", "DeepInfra Admins");

            TeamsRun first = TeamsRun.run(stack, "scim-token", TEAM);
            assertThat(first.exitCode()).as(first.toString()).isZero();
            List<String> lines = first.out().lines().toList();
            String token = lines.get(lines.size() - 1);
            String baseUrl = stack.keycloak().realmUrl(TeamSsoStack.REALM) + "/teams/" + TEAM + "/scim/v2";
            assertThat(first.out()).contains("SCIM base URL: " + baseUrl);
            assertThat(token).startsWith("tsso_scim_").doesNotContain(" ");
            ScimClient scim = new ScimClient(stack.keycloak().realmUrl(TeamSsoStack.REALM), TEAM, token);
            assertThat(scim.get("/Users").status()).isEqualTo(200);
            assertThat(stack.provisioner().findOrganization(new TeamId(TEAM)).orElseThrow().getAttributes().toString())
                    .doesNotContain(token);

            String second = TeamsRun.run(stack, "scim-token", TEAM).out().lines().reduce((a, b) -> b).orElseThrow();
            assertThat(scim.get("/Users").status()).as("the old token after a new one").isEqualTo(401);
            assertThat(scim.withToken(second).get("/Users").status()).isEqualTo(200);

            TeamsRun revoked = TeamsRun.run(stack, "scim-token", TEAM, "--revoke");
            assertThat(revoked.exitCode()).isZero();
            assertThat(revoked.out()).doesNotContain(second);
            assertThat(scim.withToken(second).get("/Users").status()).isEqualTo(401);

            assertThat(TeamsRun.run(stack, "add", "--team", TEAM, "--issuer", stack.okta().issuer(TEAM), "--client-id",
                    "0oa-tool-scim", "--client-secret", "tool-scim-secret", "--admin-email", "it@tool-scim.example",
                    "--admin-group", "", "--allow-loopback-issuer", "--update").exitCode()).isZero();
            assertThat(TeamsRun.run(stack, "show", TEAM).out()).doesNotContain("DeepInfra Admins");
        } finally {
            TestTeam.of(stack, TEAM).remove();
        }
    }

    @Test
    void anUnknownTeamIsExitCode4AndPrintsNoToken(TeamSsoStack stack) {
        TeamsRun run = TeamsRun.run(stack, "scim-token", "no-such-team");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.all()).doesNotContain("tsso_scim_");
    }
}
