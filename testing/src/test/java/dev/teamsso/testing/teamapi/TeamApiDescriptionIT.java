package dev.teamsso.testing.teamapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.teamsso.testing.HarnessSettings;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.TeamApiClient;
import dev.teamsso.testing.TeamApiClient.Answer;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.teamapi.TeamFixture.Person;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps {@code docs/teams-api.yaml} true: every documented operation and status code is
 * called on the real server and answers as documented (status, required fields, error codes),
 * and nothing is called that the file does not document.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamApiDescriptionIT {

    static final Path DESCRIPTION = Path.of("docs", "teams-api.yaml");
    private static final String TEAM = "wernham";
    private static final String JSON = "application/json";

    private final TeamSsoStack stack;
    private final TeamApiClient api;
    private final Map<String, Object> description;
    private TeamFixture team;
    private Person david;
    private Person gareth;

    TeamApiDescriptionIT(TeamSsoStack stack) throws IOException {
        this.stack = stack;
        this.api = new TeamApiClient(stack.keycloak().realmUrl(TeamSsoStack.REALM));
        try (Reader reader = Files.newBufferedReader(HarnessSettings.load().projectDir().resolve(DESCRIPTION))) {
            this.description = new Yaml().load(reader);
        }
    }

    @BeforeAll
    void createTeam() {
        team = new TeamFixture(stack, TEAM, "david@wernham.example");
        david = team.signIn(OktaPerson.named("David", "Brent", "david@wernham.example"));
        gareth = team.signIn(OktaPerson.named("Gareth", "Keenan", "gareth@wernham.example"));
    }

    @AfterAll
    void removeTeam() {
        team.remove();
    }

    /** One call per documented operation and status, in an order that needs no clean-up. */
    private Map<String, Supplier<Answer>> calls() {
        String role = TeamApiClient.path(TEAM, "members", gareth.id(), "role");
        Map<String, Supplier<Answer>> calls = new LinkedHashMap<>();
        calls.put("GET /{teamId} 200", () -> api.team(gareth.token(), TEAM));
        calls.put("GET /{teamId} 401", () -> api.team(null, TEAM));
        calls.put("GET /{teamId} 404", () -> api.team(gareth.token(), "no-such-team"));
        calls.put("GET /{teamId}/members 200", () -> api.members(gareth.token(), TEAM, Map.of("first", "0", "max", "10", "search", "wernham")));
        calls.put("GET /{teamId}/members 400", () -> api.members(gareth.token(), TEAM, Map.of("max", "0")));
        calls.put("GET /{teamId}/members 401", () -> api.members("not-a-token", TEAM, Map.of()));
        calls.put("GET /{teamId}/members 404", () -> api.members(gareth.token(), "no-such-team", Map.of()));
        calls.put("GET /{teamId}/members/{userId} 200", () -> api.member(gareth.token(), TEAM, david.id()));
        calls.put("GET /{teamId}/members/{userId} 401", () -> api.member(null, TEAM, david.id()));
        calls.put("GET /{teamId}/members/{userId} 404", () -> api.member(gareth.token(), TEAM, "no-such-user"));
        calls.put("PUT /{teamId}/members/{userId}/role 403", () -> api.setRole(gareth.token(), TEAM, gareth.id(), "admin"));
        calls.put("PUT /{teamId}/members/{userId}/role 200", () -> api.setRole(david.token(), TEAM, gareth.id(), "member"));
        calls.put("PUT /{teamId}/members/{userId}/role 400", () -> api.setRole(david.token(), TEAM, gareth.id(), "owner"));
        calls.put("PUT /{teamId}/members/{userId}/role 401", () -> api.setRole(null, TEAM, gareth.id(), "admin"));
        calls.put("PUT /{teamId}/members/{userId}/role 404", () -> api.setRole(david.token(), TEAM, "no-such-user", "admin"));
        calls.put("PUT /{teamId}/members/{userId}/role 409", () -> api.setRole(david.token(), TEAM, david.id(), "member"));
        calls.put("PUT /{teamId}/members/{userId}/role 415", () -> api.send("PUT", role, david.token(), "text/plain", "{\"role\":\"admin\"}"));
        String deactivate = TeamApiClient.path(TEAM, "members", gareth.id(), "deactivate");
        String reactivate = TeamApiClient.path(TEAM, "members", gareth.id(), "reactivate");
        calls.put("POST /{teamId}/members/{userId}/deactivate 403", () -> api.send("POST", deactivate, gareth.token(), null, null));
        calls.put("POST /{teamId}/members/{userId}/reactivate 403", () -> api.send("POST", reactivate, gareth.token(), null, null));
        calls.put("POST /{teamId}/members/{userId}/deactivate 401", () -> api.send("POST", deactivate, null, null, null));
        calls.put("POST /{teamId}/members/{userId}/deactivate 404",
                () -> api.send("POST", TeamApiClient.path(TEAM, "members", "no-such-user", "deactivate"), david.token(), null, null));
        calls.put("POST /{teamId}/members/{userId}/deactivate 409",
                () -> api.send("POST", TeamApiClient.path(TEAM, "members", david.id(), "deactivate"), david.token(), null, null));
        calls.put("POST /{teamId}/members/{userId}/deactivate 200", () -> api.send("POST", deactivate, david.token(), null, null));
        calls.put("POST /{teamId}/members/{userId}/reactivate 401", () -> api.send("POST", reactivate, null, null, null));
        calls.put("POST /{teamId}/members/{userId}/reactivate 404",
                () -> api.send("POST", TeamApiClient.path(TEAM, "members", "no-such-user", "reactivate"), david.token(), null, null));
        calls.put("POST /{teamId}/members/{userId}/reactivate 200", () -> api.send("POST", reactivate, david.token(), null, null));
        return calls;
    }

    @Test
    void everyDocumentedOperationAndStatusIsCalledAndNothingElse() {
        assertThat(new TreeSet<>(calls().keySet())).isEqualTo(documentedResponses());
    }

    @Test
    void everyCallAnswersAsDocumented() {
        for (Map.Entry<String, Supplier<Answer>> call : calls().entrySet()) {
            Answer answer = call.getValue().get();
            String[] parts = call.getKey().split(" ");
            assertThat(answer.status()).as(call.getKey() + ": " + answer.body()).isEqualTo(Integer.parseInt(parts[2]));
            Map<String, Object> schema = responseSchema(parts[1], parts[0].toLowerCase(), parts[2]);
            assertThat(answer.json().isObject()).as(call.getKey()).isTrue();
            for (Object field : list(schema.get("required"))) {
                assertThat(answer.json().has((String) field)).as(call.getKey() + " has " + field).isTrue();
            }
            if (answer.status() >= 400) {
                assertThat(documentedErrorCodes()).as(call.getKey()).contains(answer.error());
                assertThat(answer.json().size()).as(call.getKey()).isEqualTo(2);
            }
        }
        assertThat(team.adminIds()).containsExactly(david.id());
    }

    @Test
    void theDocumentedRolesAreTheRolesTheApiKnows() {
        assertThat(list(schema("Role").get("enum"))).containsExactlyInAnyOrder("admin", "member");
        JsonNode member = api.member(david.token(), TEAM, david.id()).json();
        assertThat(list(schema("Member").get("required"))).allSatisfy(field -> assertThat(member.has((String) field)).isTrue());
        assertThat(map(schema("Member").get("properties")).keySet()).containsExactlyInAnyOrderElementsOf(iterable(member.fieldNames()));
    }

    private Set<String> documentedResponses() {
        Set<String> documented = new TreeSet<>();
        map(description.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                map(map(operation).get("responses")).keySet()
                        .forEach(status -> documented.add(method.toUpperCase() + " " + path + " " + status));
            }
        }));
        return documented;
    }

    private Map<String, Object> responseSchema(String path, String method, String status) {
        Map<String, Object> response = map(map(map(map(map(description.get("paths")).get(path)).get(method)).get("responses")).get(status));
        if (response.containsKey("$ref")) {
            response = map(map(map(description.get("components")).get("responses")).get(name(response.get("$ref"))));
        }
        Map<String, Object> schema = map(map(map(response.get("content")).get(JSON)).get("schema"));
        return schema(name(schema.get("$ref")));
    }

    private Set<Object> documentedErrorCodes() {
        return Set.copyOf(list(map(map(schema("Error").get("properties")).get("error")).get("enum")));
    }

    private Map<String, Object> schema(String name) {
        return map(map(map(description.get("components")).get("schemas")).get(name));
    }

    private static String name(Object ref) {
        String text = (String) ref;
        return text.substring(text.lastIndexOf('/') + 1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> all = new ArrayList<>();
        names.forEachRemaining(all::add);
        return all;
    }
}
