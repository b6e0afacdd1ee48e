package dev.teamsso.testing.scim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.ScimClient;
import dev.teamsso.testing.ScimClient.Answer;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The Users endpoint against the real server, with the requests Okta's provisioning sends:
 * test connection, "does this user exist", create, read, full update, deactivation by PATCH,
 * path-form PATCH, DELETE, and import of accounts made by sign-in.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScimUsersIT {

    private final TeamSsoStack stack;
    private ScimTeam team;
    private ScimClient scim;

    ScimUsersIT(TeamSsoStack stack) {
        this.stack = stack;
    }

    @BeforeAll
    void createTeam() {
        team = new ScimTeam(stack, "scimco");
        scim = team.scim();
    }

    @AfterAll
    void removeTeam() {
        team.close();
    }

    @Test
    void oktasTestConnectionGetsAListResponseWithIntegerFields() {
        Answer answer = scim.get("/Users?startIndex=1&count=2");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/scim+json");
        JsonNode list = answer.json();
        assertThat(list.get("schemas").get(0).asText()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");
        assertThat(list.get("totalResults").isIntegralNumber()).isTrue();
        assertThat(list.get("startIndex").asInt()).isEqualTo(1);
        assertThat(list.get("itemsPerPage").isIntegralNumber()).isTrue();
        assertThat(list.get("Resources").isArray()).isTrue();
        assertThat(list.get("Resources").size()).isLessThanOrEqualTo(2);
    }

    @Test
    void createThenFindThenReadAsOktaDoes() {
        String externalId = OktaPerson.newOktaUserId();
        assertThat(scim.findUser("carol@scimco.example").json().get("totalResults").asInt()).isZero();

        Answer created = scim.post("/Users", ScimClient.oktaUser("carol@scimco.example", externalId, "Carol", "Danvers", true));

        assertThat(created.status()).isEqualTo(201);
        JsonNode user = created.json();
        String id = user.get("id").asText();
        assertThat(created.raw().headers().firstValue("Location")).contains(scim.baseUrl() + "/Users/" + id);
        assertThat(user.get("userName").asText()).isEqualTo("carol@scimco.example");
        assertThat(user.get("externalId").asText()).isEqualTo(externalId);
        assertThat(user.at("/name/givenName").asText()).isEqualTo("Carol");
        assertThat(user.at("/name/familyName").asText()).isEqualTo("Danvers");
        assertThat(user.at("/emails/0/value").asText()).isEqualTo("carol@scimco.example");
        assertThat(user.get("active").asBoolean()).isTrue();
        assertThat(user.at("/meta/resourceType").asText()).isEqualTo("User");
        assertThat(user.has("password")).isFalse();

        JsonNode found = scim.findUser("Carol@SCIMCO.example").json();
        assertThat(found.get("totalResults").asInt()).isEqualTo(1);
        assertThat(found.at("/Resources/0/id").asText()).isEqualTo(id);
        assertThat(scim.get("/Users/" + id).json()).isEqualTo(user);

        UserRepresentation account = team.account(id);
        assertThat(account.getUsername()).isEqualTo("scimco." + externalId.toLowerCase());
        assertThat(account.isEnabled()).isTrue();
        assertThat(team.organization().members().list(0, 1000)).anySatisfy(member -> assertThat(member.getId()).isEqualTo(id));
    }

    @Test
    void putReplacesTheProfile() {
        String id = create("dave@scimco.example", "Dave");
        JsonNode current = scim.get("/Users/" + id).json();

        String body = current.toString().replace("\"givenName\":\"Dave\"", "\"givenName\":\"David\"")
                .replace("dave@scimco.example", "david@scimco.example");
        Answer put = scim.put("/Users/" + id, body);

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().at("/name/givenName").asText()).isEqualTo("David");
        assertThat(put.json().get("userName").asText()).isEqualTo("david@scimco.example");
        assertThat(team.account(id).getFirstName()).isEqualTo("David");
        assertThat(scim.findUser("dave@scimco.example").json().get("totalResults").asInt()).isZero();
        assertThat(scim.findUser("david@scimco.example").json().get("totalResults").asInt()).isEqualTo(1);
    }

    @Test
    void oktasNoPathPatchDeactivatesAndReactivatesTheSameAccount() {
        String id = create("erin@scimco.example", "Erin");

        Answer off = scim.setActive(id, false);

        assertThat(off.status()).isEqualTo(200);
        assertThat(off.json().get("active").asBoolean()).isFalse();
        assertThat(team.account(id).isEnabled()).isFalse();
        assertThat(scim.findUser("erin@scimco.example").json().at("/Resources/0/active").asBoolean()).isFalse();

        Answer on = scim.setActive(id, true);
        assertThat(on.json().get("active").asBoolean()).isTrue();
        assertThat(on.json().get("id").asText()).isEqualTo(id);
        assertThat(team.account(id).isEnabled()).isTrue();
    }

    @Test
    void pathFormPatchChangesNamesAndActive() {
        String id = create("frank@scimco.example", "Frank");

        Answer patched = scim.patch("/Users/" + id, ScimClient.patchOp(
                "{\"op\":\"replace\",\"path\":\"name.familyName\",\"value\":\"Castle\"},"
                        + "{\"op\":\"replace\",\"path\":\"active\",\"value\":false}"));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().at("/name/familyName").asText()).isEqualTo("Castle");
        assertThat(team.account(id).getLastName()).isEqualTo("Castle");
        assertThat(team.account(id).isEnabled()).isFalse();
    }

    @Test
    void deleteDeactivatesAndKeepsTheAccount() {
        String id = create("gina@scimco.example", "Gina");

        assertThat(scim.delete("/Users/" + id).status()).isEqualTo(204);

        assertThat(team.account(id).isEnabled()).isFalse();
        assertThat(scim.get("/Users/" + id).json().get("active").asBoolean()).isFalse();
    }

    @Test
    void accountsMadeBySignInAreListedWithTheirEmailAsUserName() {
        OktaPerson hank = OktaPerson.named("Hank", "Pym", "hank@scimco.example");
        String id = team.signIn(hank).accessToken().getSubject();

        JsonNode found = scim.findUser("HANK@scimco.example").json();

        assertThat(found.get("totalResults").asInt()).isEqualTo(1);
        assertThat(found.at("/Resources/0/id").asText()).isEqualTo(id);
        assertThat(found.at("/Resources/0/active").asBoolean()).isTrue();
        assertThat(scim.post("/Users", ScimClient.oktaUser("hank@scimco.example", null, "Hank", "Pym", true)).status())
                .isEqualTo(409);
    }

    @Test
    void pagingIsStableAndCoversEveryoneOnce() {
        for (int i = 0; i < 5; i++) {
            create("page" + i + "@scimco.example", "Page" + i);
        }
        int total = scim.get("/Users?count=0").json().get("totalResults").asInt();
        List<String> seen = new java.util.ArrayList<>();
        for (int start = 1; start <= total; start += 2) {
            JsonNode page = scim.get("/Users?startIndex=" + start + "&count=2").json();
            assertThat(page.get("startIndex").asInt()).isEqualTo(start);
            StreamSupport.stream(page.get("Resources").spliterator(), false).forEach(user -> seen.add(user.get("id").asText()));
        }
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
        assertThat(scim.get("/Users?count=0").json().get("Resources")).isEmpty();
    }

    @Test
    void discoveryEndpointsDescribeWhatIsSupported() {
        JsonNode config = scim.get("/ServiceProviderConfig").json();
        assertThat(config.at("/patch/supported").asBoolean()).isTrue();
        assertThat(config.at("/bulk/supported").asBoolean()).isFalse();
        assertThat(config.at("/filter/supported").asBoolean()).isTrue();
        assertThat(config.at("/authenticationSchemes/0/type").asText()).isEqualTo("oauthbearertoken");

        JsonNode types = scim.get("/ResourceTypes").json();
        assertThat(types.get("Resources").findValuesAsText("endpoint")).containsExactly("/Users", "/Groups");
        JsonNode schemas = scim.get("/Schemas").json();
        assertThat(schemas.get("Resources").findValuesAsText("id"))
                .contains("urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:core:2.0:Group");
    }

    private String create(String userName, String givenName) {
        Answer created = scim.post("/Users", ScimClient.oktaUser(userName, OktaPerson.newOktaUserId(), givenName, "Test", true));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }
}
