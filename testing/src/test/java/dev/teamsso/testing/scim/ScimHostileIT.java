package dev.teamsso.testing.scim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.teamsso.cli.ScimTokenStore;
import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.ScimClient;
import dev.teamsso.testing.ScimClient.Answer;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the SCIM service does with everything but a well-behaved Okta: missing, wrong, revoked
 * and foreign tokens, disabled teams, another team's IDs, bad filters, huge bodies, unknown
 * attributes, wrong content types, userNames differing in case, concurrent creates, and
 * repeated failures (throttled). Every refusal is a SCIM error body that changes nothing.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScimHostileIT {

    private final TeamSsoStack stack;
    private ScimTeam acme;
    private ScimTeam globex;

    ScimHostileIT(TeamSsoStack stack) {
        this.stack = stack;
    }

    @BeforeAll
    void createTeams() {
        acme = new ScimTeam(stack, "hostile-acme");
        globex = new ScimTeam(stack, "hostile-globex");
    }

    @AfterAll
    void removeTeams() {
        acme.close();
        globex.close();
    }

    @Test
    void missingAndWrongTokensGetTheSameScimError() {
        for (ScimClient client : List.of(acme.scim().withToken(null), acme.scim().withToken("tsso_scim_guess"),
                acme.scim().withToken(globex.token()), globex.scim().withToken(acme.token()))) {
            Answer answer = client.get("/Users");
            assertScimError(answer, 401, null);
            assertThat(answer.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        }
        assertScimError(new ScimClient(stack.keycloak().realmUrl(TeamSsoStack.REALM), "no-such-team", acme.token()).get("/Users"), 401, null);
    }

    @Test
    void anotherTeamsIdsAreNotFoundAndNothingChanges() {
        String globexUser = create(globex.scim(), "victim@globex.example");

        assertScimError(acme.scim().get("/Users/" + globexUser), 404, null);
        assertScimError(acme.scim().setActive(globexUser, false), 404, null);
        assertScimError(acme.scim().delete("/Users/" + globexUser), 404, null);
        assertScimError(acme.scim().put("/Users/" + globexUser, ScimClient.oktaUser("x@acme.example", null, "X", "Y", false)), 404, null);
        assertThat(acme.scim().findUser("victim@globex.example").json().get("totalResults").asInt()).isZero();

        assertThat(globex.account(globexUser).isEnabled()).isTrue();
        assertThat(globex.scim().get("/Users/" + globexUser).json().get("userName").asText()).isEqualTo("victim@globex.example");
    }

    @Test
    void aDisabledTeamAndARevokedTokenGet401AndAReissuedTokenReplacesTheOld() {
        try (ScimTeam team = new ScimTeam(stack, "hostile-toggle")) {
            assertThat(team.scim().get("/Users").status()).isEqualTo(200);
            stack.provisioner().setEnabled(new TeamId(team.id()), false);
            assertScimError(team.scim().get("/Users"), 401, null);
            stack.provisioner().setEnabled(new TeamId(team.id()), true);
            assertThat(team.scim().get("/Users").status()).isEqualTo(200);

            ScimTokenStore tokens = new ScimTokenStore(stack.realm());
            String next = tokens.issue(new TeamId(team.id())).orElseThrow();
            assertScimError(team.scim().get("/Users"), 401, null);
            assertThat(team.scim().withToken(next).get("/Users").status()).isEqualTo(200);
            tokens.revoke(new TeamId(team.id()));
            assertScimError(team.scim().withToken(next).get("/Users"), 401, null);
            assertThat(team.organization().toRepresentation().getAttributes().toString()).doesNotContain(next);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"userName co \"a\"", "userName eq a", "emails eq \"a\"", "userName eq \"a\" or userName eq \"b\"",
            "(", "userName eq \"\\q\""})
    void badFiltersAreInvalidFilter(String filter) {
        assertScimError(acme.scim().get("/Users?filter=" + ScimClient.encode(filter)), 400, "invalidFilter");
    }

    @Test
    void badPagingIsInvalidValue() {
        assertScimError(acme.scim().get("/Users?startIndex=one"), 400, "invalidValue");
    }

    @Test
    void hugeBodiesAre413AndMakeNothing() {
        String huge = ScimClient.oktaUser("huge@acme.example", null, "H", "U", true)
                .replace("\"locale\":\"en-US\"", "\"locale\":\"" + "x".repeat(300 * 1024) + "\"");

        assertScimError(acme.scim().post("/Users", huge), 413, null);
        assertThat(acme.scim().findUser("huge@acme.example").json().get("totalResults").asInt()).isZero();
    }

    @Test
    void malformedBodiesAndWrongContentTypesAreRefused() {
        assertScimError(acme.scim().post("/Users", "{\"userName\":"), 400, "invalidSyntax");
        assertScimError(acme.scim().post("/Users", "[]"), 400, "invalidSyntax");
        assertScimError(acme.scim().post("/Users", "{\"userName\":\"a\",\"userName\":\"b\"}"), 400, "invalidSyntax");
        assertScimError(acme.scim().post("/Users", "{\"name\":{\"givenName\":\"No\"}}"), 400, "invalidValue");
        assertScimError(acme.scim().send("POST", "/Users", "text/plain", ScimClient.oktaUser("t@acme.example", null, "T", "P", true)), 415, null);
        assertThat(acme.scim().send("POST", "/Users", "application/json", ScimClient.oktaUser("json@acme.example", null, "J", "S", true))
                .status()).isEqualTo(201);
    }

    @Test
    void unknownAttributesAreIgnored() {
        String body = ScimClient.oktaUser("extra@acme.example", null, "E", "X", true)
                .replace("\"active\":true", "\"active\":true,\"nickName\":\"e\",\"roles\":[{\"value\":\"admin\"}],"
                        + "\"id\":\"chosen-by-client\",\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\"R&D\"}");

        Answer created = acme.scim().post("/Users", body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("id").asText()).isNotEqualTo("chosen-by-client");
        assertThat(created.json().has("nickName")).isFalse();
        assertThat(created.json().has("roles")).isFalse();
    }

    @Test
    void userNamesDifferingInCaseAreTheSameUser() {
        create(acme.scim(), "Case@Acme.example");

        assertScimError(acme.scim().post("/Users", ScimClient.oktaUser("case@ACME.EXAMPLE", null, "C", "A", true)), 409, "uniqueness");
        assertThat(acme.scim().findUser("CASE@acme.example").json().get("totalResults").asInt()).isEqualTo(1);
    }

    @Test
    void concurrentCreatesOfOneUserNameMakeExactlyOneAccount() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Answer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                String userName = i % 2 == 0 ? "race@acme.example" : "RACE@acme.example";
                String externalId = OktaPerson.newOktaUserId();
                Callable<Answer> create = () -> acme.scim().post("/Users", ScimClient.oktaUser(userName, externalId, "R", "C", true));
                answers.add(pool.submit(create));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                statuses.add(answer.get().status());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(stack.realm().users().search("race@acme.example", 0, 100)).hasSize(1);
    }

    @Test
    void repeatedFailuresFromOneAddressAreThrottledEvenWithTheRightToken() {
        try (ScimTeam team = new ScimTeam(stack, "hostile-throttle")) {
            for (int i = 0; i < 10; i++) {
                assertScimError(team.scim().withToken("wrong-" + i).get("/Users"), 401, null);
            }
            Answer throttled = team.scim().get("/Users");
            assertScimError(throttled, 429, null);
            assertThat(throttled.raw().headers().firstValue("Retry-After")).isPresent();
            assertThat(acme.scim().get("/Users").status()).as("other teams' paths are not throttled").isEqualTo(200);
        }
    }

    private static String create(ScimClient client, String userName) {
        Answer created = client.post("/Users", ScimClient.oktaUser(userName, OktaPerson.newOktaUserId(), "Test", "User", true));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static void assertScimError(Answer answer, int status, String scimType) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/scim+json");
        JsonNode error = answer.json();
        assertThat(error.get("schemas").get(0).asText()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(error.get("status").isTextual()).isTrue();
        assertThat(error.get("status").asText()).isEqualTo(Integer.toString(status));
        assertThat(error.get("detail").asText()).isNotBlank().doesNotContain("Exception");
        if (scimType != null) {
            assertThat(error.get("scimType").asText()).isEqualTo(scimType);
        }
    }
}
