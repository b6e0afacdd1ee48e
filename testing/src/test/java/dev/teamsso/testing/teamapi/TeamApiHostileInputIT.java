package dev.teamsso.testing.teamapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.TeamApiClient;
import dev.teamsso.testing.TeamApiClient.Answer;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.teamapi.TeamFixture.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The team API under what TeamApiIT does not send: duplicated query parameters, missing content
 * type, oversized and deeply nested bodies, malformed member IDs, other methods. Each gets a fixed
 * 4xx and changes nothing.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamApiHostileInputIT {

    private static final String TEAM = "mu";

    private final TeamSsoStack stack;
    private final TeamApiClient api;
    private TeamFixture mu;
    private Person admin;
    private Person member;

    TeamApiHostileInputIT(TeamSsoStack stack) {
        this.stack = stack;
        this.api = new TeamApiClient(stack.keycloak().realmUrl(TeamSsoStack.REALM));
    }

    @BeforeAll
    void createTeam() {
        mu = new TeamFixture(stack, TEAM, "ada@mu.example");
        admin = mu.signIn(OktaPerson.named("Ada", "Admin", "ada@mu.example"));
        member = mu.signIn(OktaPerson.named("Max", "Member", "max@mu.example"));
    }

    @AfterEach
    void nothingChanged() {
        assertThat(mu.adminIds()).containsExactly(admin.id());
    }

    @AfterAll
    void removeTeam() {
        mu.remove();
    }

    @ParameterizedTest
    @ValueSource(strings = {"max=5&max=500", "first=0&first=1", "search=a&search=b", "max=5&MAX=6&max=7"})
    void duplicatedQueryParametersAreRefused(String query) {
        Answer answer = api.send("GET", TeamApiClient.path(TEAM, "members") + "?" + query, member.token(), null, null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).isEqualTo("invalid_query");
    }

    @Test
    void aRoleChangeWithoutContentTypeIsRefused() {
        Answer answer = api.send("PUT", TeamApiClient.path(TEAM, "members", member.id(), "role"), admin.token(), null,
                "{\"role\":\"admin\"}");

        assertThat(answer.status()).isEqualTo(415);
    }

    /** Bodies over Keycloak's 10 MB limit are cut off by the server (connection closed); 5 MB reaches us. */
    @ParameterizedTest
    @ValueSource(ints = {100_000, 5_000_000})
    void oversizedBodiesAreRefused(int padding) {
        String body = "{\"role\":\"admin\",\"pad\":\"" + "x".repeat(padding) + "\"}";

        Answer answer = api.send("PUT", TeamApiClient.path(TEAM, "members", member.id(), "role"), admin.token(),
                "application/json", body);

        assertThat(answer.status()).isIn(400, 413);
        assertThat(answer.body()).doesNotContain("Exception", "jackson");
    }

    @Test
    void deeplyNestedBodiesAreRefused() {
        String body = "{\"role\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        Answer answer = api.send("PUT", TeamApiClient.path(TEAM, "members", member.id(), "role"), admin.token(),
                "application/json", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("Exception", "jackson", "depth");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "%2e%2e", "..%2F..%2Fusers", "%00", "x%27%20OR%20%271%27%3D%271", "%3Cscript%3E", "LONG"})
    void malformedMemberIdsAreNotFound(String userId) {
        String path = "/" + TEAM + "/members/" + userId.replace("LONG", "a".repeat(2_000));

        Answer read = api.send("GET", path, member.token(), null, null);
        Answer write = api.send("PUT", path + "/role", admin.token(), "application/json", "{\"role\":\"admin\"}");

        assertThat(read.status()).isBetween(400, 404);
        assertThat(write.status()).isBetween(400, 405);
        assertThat(read.body() + write.body()).doesNotContain("Exception", "<script>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "DELETE", "PATCH"})
    void otherMethodsOnARoleAreRefused(String method) {
        Answer answer = api.send(method, TeamApiClient.path(TEAM, "members", member.id(), "role"), admin.token(),
                "application/json", "{\"role\":\"admin\"}");

        // 405 while the API had only GET and PUT routes; since the member routes include POST
        // (deactivate, reactivate), Keycloak's JAX-RS layer answers an unmatched POST with 404.
        assertThat(answer.status()).as(answer.body()).isIn(404, 405);
        assertThat(answer.body()).doesNotContain("Exception");
        assertThat(api.member(member.token(), TEAM, member.id()).json().get("role").asText()).as("role unchanged").isEqualTo("member");
    }
}
