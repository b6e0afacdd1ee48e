package dev.teamsso.testing.teamapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.TeamApiClient;
import dev.teamsso.testing.TeamApiClient.Answer;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.teamapi.TeamFixture.Person;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.representations.idm.AdminEventRepresentation;

/**
 * The team API against the real server: who may read and change what, what everyone else is
 * told, the last-admin rule, refusals that change nothing, and the audit trail of a change.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamApiIT {

    private static final String TEAM = "initech";
    private static final String OTHER_TEAM = "umbrella";

    private final TeamSsoStack stack;
    private final TeamApiClient api;
    private TeamFixture initech;
    private TeamFixture umbrella;
    private Person peter;
    private Person milton;
    private Person samir;
    private Person albert;

    TeamApiIT(TeamSsoStack stack) {
        this.stack = stack;
        this.api = new TeamApiClient(stack.keycloak().realmUrl(TeamSsoStack.REALM));
    }

    @BeforeAll
    void createTeams() {
        initech = new TeamFixture(stack, TEAM, "peter@initech.example");
        umbrella = new TeamFixture(stack, OTHER_TEAM, "albert@umbrella.example");
        peter = initech.signIn(OktaPerson.named("Peter", "Gibbons", "peter@initech.example"));
        milton = initech.signIn(OktaPerson.named("Milton", "Waddams", "milton@initech.example"));
        samir = initech.signIn(OktaPerson.named("Samir", "Nagheenanajar", "samir@initech.example"));
        albert = umbrella.signIn(OktaPerson.named("Albert", "Wesker", "albert@umbrella.example"));
    }

    @BeforeEach
    void onlyTheAdminEmailIsAdmin() {
        initech.setAdmins(peter.id());
        umbrella.setAdmins(albert.id());
    }

    @AfterAll
    void removeTeams() {
        initech.remove();
        umbrella.remove();
    }

    @Test
    void aMemberSeesTheTeamAndTheirOwnRole() {
        Answer team = api.team(milton.token(), TEAM);

        assertThat(team.status()).isEqualTo(200);
        assertThat(team.json().get("id").asText()).isEqualTo(TEAM);
        assertThat(team.json().get("name").asText()).isEqualTo(TEAM);
        assertThat(team.json().get("memberCount").asLong()).isEqualTo(3);
        assertThat(team.json().get("role").asText()).isEqualTo("member");
        assertThat(api.team(peter.token(), TEAM).json().get("role").asText()).isEqualTo("admin");
    }

    @Test
    void aMemberSeesEveryMemberWithTheirRole() {
        Answer page = api.members(milton.token(), TEAM, Map.of());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("first").asInt()).isZero();
        assertThat(page.json().get("max").asInt()).isEqualTo(20);
        assertThat(roles(page)).containsOnly(
                Map.entry(peter.id(), "admin"), Map.entry(milton.id(), "member"), Map.entry(samir.id(), "member"));
        JsonNode peterView = members(page).stream().filter(m -> m.get("id").asText().equals(peter.id())).findFirst().orElseThrow();
        assertThat(peterView.get("email").asText()).isEqualTo("peter@initech.example");
        assertThat(peterView.get("firstName").asText()).isEqualTo("Peter");
        assertThat(peterView.get("lastName").asText()).isEqualTo("Gibbons");
    }

    @Test
    void searchFindsMembersByNameOrEmail() {
        assertThat(roles(api.members(milton.token(), TEAM, Map.of("search", "waddams")))).containsOnlyKeys(milton.id());
        assertThat(roles(api.members(milton.token(), TEAM, Map.of("search", "samir@initech")))).containsOnlyKeys(samir.id());
        assertThat(roles(api.members(milton.token(), TEAM, Map.of("search", "nobody-like-this")))).isEmpty();
    }

    @Test
    void aMemberReadsOneMember() {
        Answer member = api.member(milton.token(), TEAM, peter.id());

        assertThat(member.status()).isEqualTo(200);
        assertThat(member.json().get("id").asText()).isEqualTo(peter.id());
        assertThat(member.json().get("role").asText()).isEqualTo("admin");
    }

    @Test
    void aMemberCannotChangeRoles() {
        Answer promoteSelf = api.setRole(milton.token(), TEAM, milton.id(), "admin");
        Answer demoteAdmin = api.setRole(milton.token(), TEAM, peter.id(), "member");

        assertThat(promoteSelf.status()).isEqualTo(403);
        assertThat(promoteSelf.error()).isEqualTo("not_team_admin");
        assertThat(demoteAdmin.status()).isEqualTo(403);
        assertThat(initech.adminIds()).containsExactly(peter.id());
    }

    @Test
    void anAdminPromotesAMemberAndTheNextTokenSaysSo() {
        Answer promoted = api.setRole(peter.token(), TEAM, samir.id(), "admin");

        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.json().get("role").asText()).isEqualTo("admin");
        assertThat(initech.adminIds()).containsExactlyInAnyOrder(peter.id(), samir.id());
        // The token Samir already holds keeps its claim until it expires; the API reads the database.
        assertThat(samir.tokens().accessToken().getClaims()).containsEntry("team_role", "member");
        assertThat(lifespan(samir)).as("access token lifespan docs/platform-integration.md promises").isEqualTo(Duration.ofMinutes(5));
        assertThat(api.team(samir.token(), TEAM).json().get("role").asText()).isEqualTo("admin");
        assertThat(initech.signIn(samir.okta()).tokens().accessToken().getClaims()).containsEntry("team_role", "admin");
    }

    @Test
    void anAdminDemotesAnotherAdmin() {
        initech.setAdmins(peter.id(), milton.id());

        Answer demoted = api.setRole(peter.token(), TEAM, milton.id(), "member");

        assertThat(demoted.status()).isEqualTo(200);
        assertThat(demoted.json().get("role").asText()).isEqualTo("member");
        assertThat(initech.adminIds()).containsExactly(peter.id());
        assertThat(initech.signIn(milton.okta()).tokens().accessToken().getClaims()).containsEntry("team_role", "member");
    }

    @Test
    void settingTheRoleSomeoneHasChangesNothing() {
        int eventsBefore = roleEvents(samir).size();

        Answer same = api.setRole(peter.token(), TEAM, samir.id(), "member");

        assertThat(same.status()).isEqualTo(200);
        assertThat(same.json().get("role").asText()).isEqualTo("member");
        assertThat(roleEvents(samir)).hasSize(eventsBefore);
    }

    @Test
    void theLastAdminCannotDemoteThemself() {
        Answer refused = api.setRole(peter.token(), TEAM, peter.id(), "member");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json()).isEqualTo(api.setRole(peter.token(), TEAM, peter.id(), "member").json());
        assertThat(refused.error()).isEqualTo("last_admin");
        assertThat(refused.json().get("error_description").asText()).contains("last admin");
        assertThat(initech.adminIds()).containsExactly(peter.id());
    }

    @Test
    void anAdminMayDemoteThemselfWhileAnotherAdminRemains() {
        initech.setAdmins(peter.id(), milton.id());

        Answer stepDown = api.setRole(peter.token(), TEAM, peter.id(), "member");
        Answer lastOne = api.setRole(milton.token(), TEAM, milton.id(), "member");

        assertThat(stepDown.status()).isEqualTo(200);
        assertThat(lastOne.status()).isEqualTo(409);
        assertThat(initech.adminIds()).containsExactly(milton.id());
        // Peter's token still says admin; the API decides on the database and refuses him now.
        assertThat(peter.tokens().accessToken().getClaims()).containsEntry("team_role", "admin");
        assertThat(api.setRole(peter.token(), TEAM, peter.id(), "admin").status()).isEqualTo(403);
    }

    @Test
    void everyRoleChangeIsAnAdminEventOfTheTeam() {
        api.setRole(peter.token(), TEAM, samir.id(), "admin");
        api.setRole(peter.token(), TEAM, samir.id(), "member");

        List<AdminEventRepresentation> events = roleEvents(samir);
        assertThat(events).hasSizeGreaterThanOrEqualTo(2);
        AdminEventRepresentation latest = events.get(0);
        assertThat(latest.getOperationType()).isEqualTo("UPDATE");
        assertThat(latest.getResourceType()).isEqualTo("ORGANIZATION_MEMBERSHIP");
        assertThat(latest.getResourcePath()).isEqualTo("teams/" + TEAM + "/members/" + samir.id() + "/role");
        assertThat(latest.getAuthDetails().getUserId()).isEqualTo(peter.id());
        assertThat(latest.getAuthDetails().getRealmId()).isEqualTo(stack.realm().toRepresentation().getId());
        assertThat(latest.getRepresentation())
                .contains("\"teamId\":\"" + TEAM + "\"", "\"userId\":\"" + samir.id() + "\"", "\"from\":\"admin\"", "\"to\":\"member\"");
        assertThat(latest.getDetails()).containsEntry("team_id", TEAM);
        assertThat(events.get(1).getRepresentation()).contains("\"from\":\"member\"", "\"to\":\"admin\"");
    }

    @Test
    void anotherTeamsIdAnswersExactlyLikeAnUnknownOne() {
        Answer unknown = api.team(albert.token(), "no-such-team");
        Answer malformed = api.team(albert.token(), "Not_A_Team");

        for (Answer foreign : List.of(api.team(albert.token(), TEAM), api.members(albert.token(), TEAM, Map.of()),
                api.member(albert.token(), TEAM, peter.id()), api.setRole(albert.token(), TEAM, samir.id(), "admin"))) {
            assertThat(foreign.status()).isEqualTo(404);
            assertThat(foreign.body()).isEqualTo(unknown.body());
        }
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.error()).isEqualTo("team_not_found");
        assertThat(malformed.body()).isEqualTo(unknown.body());
        assertThat(api.setRole(albert.token(), "no-such-team", samir.id(), "admin").body()).isEqualTo(unknown.body());
        assertThat(initech.adminIds()).containsExactly(peter.id());
    }

    @Test
    void peopleOfAnotherTeamAreNotMembersHere() {
        Answer read = api.member(peter.token(), TEAM, albert.id());
        Answer change = api.setRole(peter.token(), TEAM, albert.id(), "member");
        Answer unknown = api.member(peter.token(), TEAM, "00000000-0000-0000-0000-000000000000");

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.error()).isEqualTo("member_not_found");
        assertThat(change.body()).isEqualTo(read.body());
        assertThat(unknown.body()).isEqualTo(read.body());
        assertThat(api.setRole(peter.token(), TEAM, "not-a-user", "admin").body()).isEqualTo(read.body());
        assertThat(umbrella.adminIds()).containsExactly(albert.id());
        assertThat(initech.adminIds()).containsExactly(peter.id());
    }

    @Test
    void noTokenIsUnauthorized() {
        Answer answer = api.team(null, TEAM);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.error()).isEqualTo("invalid_token");
        assertThat(answer.wwwAuthenticate()).startsWith("Bearer");
        assertThat(api.send("PUT", TeamApiClient.path(TEAM, "members", samir.id(), "role"), null, "application/json",
                "{\"role\":\"admin\"}").status()).isEqualTo(401);
        assertThat(initech.adminIds()).containsExactly(peter.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "a.b.c", "Bearer"})
    void garbageTokensAreUnauthorized(String token) {
        Answer answer = api.team(token, TEAM);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).isEqualTo(api.team(null, TEAM).body());
    }

    @Test
    void aTamperedTokenIsUnauthorized() {
        String token = peter.token();
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertThat(api.team(tampered, TEAM).status()).isEqualTo(401);
        assertThat(api.setRole(tampered, TEAM, samir.id(), "admin").status()).isEqualTo(401);
        assertThat(initech.adminIds()).containsExactly(peter.id());
    }

    @Test
    void anIdTokenOrAnotherRealmsTokenIsUnauthorized() {
        String masterAdminToken = stack.keycloak().adminClient().tokenManager().getAccessTokenString();

        assertThat(api.team(peter.tokens().rawIdToken(), TEAM).status()).isEqualTo(401);
        assertThat(api.team(masterAdminToken, TEAM).status()).isEqualTo(401);
    }

    @Test
    void aTokenOfAnEndedSessionIsUnauthorized() {
        Person bill = initech.signIn(OktaPerson.named("Bill", "Lumbergh", "bill@initech.example"));
        assertThat(api.team(bill.token(), TEAM).status()).isEqualTo(200);

        stack.realm().users().get(bill.id()).logout();

        assertThat(api.team(bill.token(), TEAM).status()).isEqualTo(401);
        stack.realm().users().delete(bill.id()).close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"role\":", "role=admin", "[\"admin\"]", "{}", "{\"role\":1}", "{\"role\":\"admin\",\"role\":\"member\"}", ""})
    void malformedBodiesChangeNothing(String body) {
        Answer answer = api.send("PUT", TeamApiClient.path(TEAM, "members", samir.id(), "role"), peter.token(),
                "application/json", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).isEqualTo("invalid_request");
        assertThat(answer.body()).doesNotContain("Exception", "jackson", "line:", "column");
        assertThat(initech.adminIds()).containsExactly(peter.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"owner", "Admin", "billing", ""})
    void unknownRolesChangeNothing(String role) {
        int eventsBefore = roleEvents(samir).size();

        Answer answer = api.setRole(peter.token(), TEAM, samir.id(), role);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).isEqualTo("unknown_role");
        assertThat(initech.adminIds()).containsExactly(peter.id());
        assertThat(roleEvents(samir)).hasSize(eventsBefore);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml"})
    void otherContentTypesChangeNothing(String contentType) {
        Answer answer = api.send("PUT", TeamApiClient.path(TEAM, "members", samir.id(), "role"), peter.token(),
                contentType, "{\"role\":\"admin\"}");

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.error()).isEqualTo("unsupported_media_type");
        assertThat(initech.adminIds()).containsExactly(peter.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"first=-1", "first=x", "max=0", "max=-3", "max=ten", "first=1.5"})
    void malformedPagingIsRefused(String query) {
        Answer answer = api.send("GET", TeamApiClient.path(TEAM, "members") + "?" + query, milton.token(), null, null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).isEqualTo("invalid_query");
    }

    @Test
    void pagesAreCutToAHundred() {
        Answer answer = api.members(milton.token(), TEAM, Map.of("max", "5000"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("max").asInt()).isEqualTo(100);
    }

    private List<AdminEventRepresentation> roleEvents(Person member) {
        return stack.realm().getAdminEvents(List.of("UPDATE"), null, null, null, null,
                "teams/" + TEAM + "/members/" + member.id() + "/role", List.of("ORGANIZATION_MEMBERSHIP"), null, null, 0, 1000);
    }

    private static Duration lifespan(Person person) {
        return Duration.between(person.tokens().accessToken().getIssueTime().toInstant(),
                person.tokens().accessToken().getExpirationTime().toInstant());
    }

    private static List<JsonNode> members(Answer page) {
        return StreamSupport.stream(page.json().get("members").spliterator(), false).toList();
    }

    private static Map<String, String> roles(Answer page) {
        assertThat(page.status()).isEqualTo(200);
        Map<String, String> roles = new LinkedHashMap<>();
        members(page).forEach(member -> roles.put(member.get("id").asText(), member.get("role").asText()));
        return roles;
    }
}
