package dev.teamsso.testing.scim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.teamsso.cli.TeamAttributes;
import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.providers.contract.TeamSetting;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.ScimClient;
import dev.teamsso.testing.ScimClient.Answer;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Okta's group push against the real server: create, find by displayName, add and remove
 * members (Okta's {@code members[value eq "…"]} form too), rename, delete; the team's admin
 * group makes its members {@code admin} and removal makes them {@code member}, seen in the next
 * token; other groups carry no role; another team's users are never added.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScimGroupsIT {

    private static final String ADMINS = "DeepInfra Admins";

    private final TeamSsoStack stack;
    private ScimTeam team;
    private ScimTeam other;
    private ScimClient scim;

    ScimGroupsIT(TeamSsoStack stack) {
        this.stack = stack;
    }

    @BeforeAll
    void createTeams() {
        team = new ScimTeam(stack, "pushers");
        other = new ScimTeam(stack, "pushers-other");
        scim = team.scim();
        new TeamAttributes(stack.realm()).set(new TeamId(team.id()), TeamSetting.ADMIN_GROUP, ADMINS);
    }

    @AfterAll
    void removeTeams() {
        team.close();
        other.close();
    }

    @Test
    void theAdminGroupMakesAndUnmakesAdminsSeenInTheNextToken() {
        OktaPerson nora = OktaPerson.named("Nora", "Pushed", "nora@pushers.example");
        String noraId = provision(scim, nora);
        assertThat(team.signIn(nora).accessToken().getClaim("team_role")).isEqualTo("member");

        Answer created = scim.post("/Groups", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"displayName\":\"" + ADMINS + "\",\"members\":[]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String groupId = created.json().get("id").asText();
        assertThat(scim.get("/Groups?filter=" + ScimClient.encode("displayName eq \"" + ADMINS + "\"")).json()
                .at("/Resources/0/id").asText()).isEqualTo(groupId);

        Answer added = scim.patch("/Groups/" + groupId, ScimClient.patchOp(
                "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + noraId + "\",\"display\":\"nora@pushers.example\"}]}"));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.json().at("/members/0/value").asText()).isEqualTo(noraId);
        assertThat(team.signIn(nora).accessToken().getClaim("team_role")).isEqualTo("admin");

        Answer removed = scim.patch("/Groups/" + groupId, ScimClient.patchOp(
                "{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + noraId + "\\\"]\"}"));
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().get("members")).isEmpty();
        assertThat(team.signIn(nora).accessToken().getClaim("team_role")).isEqualTo("member");
    }

    @Test
    void renameReplaceAndDeleteOfAnOrdinaryGroupCarryNoRole() {
        OktaPerson otto = OktaPerson.named("Otto", "Ordinary", "otto@pushers.example");
        String ottoId = provision(scim, otto);
        Answer created = scim.post("/Groups", "{\"displayName\":\"Engineering\",\"members\":[{\"value\":\"" + ottoId + "\"}]}");
        String groupId = created.json().get("id").asText();
        assertThat(created.json().at("/members/0/value").asText()).isEqualTo(ottoId);

        Answer renamed = scim.patch("/Groups/" + groupId, ScimClient.patchOp(
                "{\"op\":\"replace\",\"value\":{\"id\":\"" + groupId + "\",\"displayName\":\"Platform Engineering\"}}"));
        assertThat(renamed.json().get("displayName").asText()).isEqualTo("Platform Engineering");
        assertThat(renamed.json().get("members")).hasSize(1);
        assertThat(team.signIn(otto).accessToken().getClaim("team_role")).isEqualTo("member");

        Answer replaced = scim.patch("/Groups/" + groupId, ScimClient.patchOp("{\"op\":\"replace\",\"path\":\"members\",\"value\":[]}"));
        assertThat(replaced.json().get("members")).isEmpty();

        assertThat(scim.post("/Groups", "{\"displayName\":\"platform engineering\"}").status()).isEqualTo(409);
        assertThat(scim.delete("/Groups/" + groupId).status()).isEqualTo(204);
        assertThat(scim.get("/Groups/" + groupId).status()).isEqualTo(404);
        assertThat(team.account(ottoId).isEnabled()).isTrue();
    }

    @Test
    void anotherTeamsUsersAndGroupsAreOutOfReach() {
        String outsider = provision(other.scim(), OktaPerson.named("Una", "Outsider", "una@pushers-other.example"));
        String otherGroup = other.scim().post("/Groups", "{\"displayName\":\"" + ADMINS + "\"}").json().get("id").asText();

        Answer created = scim.post("/Groups", "{\"displayName\":\"Mixed\",\"members\":[{\"value\":\"" + outsider + "\"}]}");

        assertThat(created.json().get("members")).isEmpty();
        assertThat(scim.get("/Groups/" + otherGroup).status()).isEqualTo(404);
        assertThat(scim.delete("/Groups/" + otherGroup).status()).isEqualTo(404);
        JsonNode stillThere = other.scim().get("/Groups/" + otherGroup).json();
        assertThat(stillThere.get("displayName").asText()).isEqualTo(ADMINS);
    }

    private static String provision(ScimClient client, OktaPerson person) {
        Answer created = client.post("/Users", ScimClient.oktaUser(person.email(), person.sub(),
                person.givenName(), person.familyName(), true));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }
}
