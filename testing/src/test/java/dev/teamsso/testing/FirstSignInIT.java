package dev.teamsso.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.providers.contract.AccountName;
import dev.teamsso.providers.contract.TeamId;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * First sign-in through a team's Okta: the account appears without any form, keyed on the team
 * IdP and the Okta subject, joins the team, and the verified admin email becomes team admin.
 */
@ExtendWith(TeamSsoExtension.class)
class FirstSignInIT {

    private static final String TEAM = "wayne";
    private static final String OTHER_TEAM = "wayne-labs";
    private static final String ADMIN_EMAIL = "Bruce@Wayne.example";

    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;

    FirstSignInIT(TeamSsoStack stack) {
        this.stack = stack;
        this.signIn = new BrokeredSignIn(stack);
    }

    @BeforeEach
    void createTeams() {
        stack.createTeam(TEAM, TEAM, ADMIN_EMAIL);
        stack.createTeam(OTHER_TEAM, TEAM, "lucius@wayne.example");
    }

    @AfterEach
    void removeTeamsAndAccounts() {
        for (String team : List.of(TEAM, OTHER_TEAM)) {
            TestTeam.of(stack, team).remove();
        }
        stack.realm().users().search("local-alfred", true).forEach(u -> stack.realm().users().delete(u.getId()).close());
    }

    @Test
    void firstSignInCreatesATeamMemberAccountWithoutAnyForm() {
        OktaPerson dick = OktaPerson.named("Dick", "Grayson", "dick@wayne.example");

        PlatformClient.Tokens tokens = tokensOf(TEAM, dick);

        UserRepresentation account = account(TEAM, dick);
        assertThat(account.getId()).isEqualTo(tokens.accessToken().getSubject());
        assertThat(account.getUsername()).isEqualTo("wayne." + dick.sub().toLowerCase());
        assertThat(account.getEmail()).isEqualTo("dick@wayne.example");
        assertThat(account.isEmailVerified()).isTrue();
        assertThat(account.getFirstName()).isEqualTo("Dick");
        assertThat(account.getLastName()).isEqualTo("Grayson");
        assertThat(stack.realm().users().get(account.getId()).getFederatedIdentity())
                .singleElement()
                .satisfies(link -> assertThat(link.getUserId()).isEqualTo(dick.sub()));
        assertThat(organizationsOf(account)).extracting(OrganizationRepresentation::getAlias).containsExactly(TEAM);
        assertThat(tokens.accessToken().getClaims())
                .containsEntry("team_id", TEAM)
                .containsEntry("team_role", "member")
                .containsEntry("account_id", TEAM);
        assertThat(tokens.idToken().getClaims()).containsEntry("team_id", TEAM).containsEntry("team_role", "member");
    }

    @Test
    void theVerifiedAdminEmailBecomesTeamAdminCaseInsensitively() {
        OktaPerson bruce = OktaPerson.named("Bruce", "Wayne", "bruce@wayne.EXAMPLE");

        PlatformClient.Tokens tokens = tokensOf(TEAM, bruce);

        assertThat(tokens.accessToken().getClaims()).containsEntry("team_role", "admin");
        assertThat(firstLoginEvents())
                .anySatisfy(event -> assertThat(event.getDetails())
                        .containsEntry("team_id", TEAM)
                        .containsEntry("team_role", "admin"));
    }

    @Test
    void anUnverifiedAdminEmailStaysMember() {
        OktaPerson impostor = OktaPerson.named("Not", "Bruce", "bruce@wayne.example").withEmailVerified(false);

        PlatformClient.Tokens tokens = tokensOf(TEAM, impostor);

        assertThat(tokens.accessToken().getClaims()).containsEntry("team_role", "member");
        assertThat(account(TEAM, impostor).isEmailVerified()).isFalse();
    }

    @Test
    void adminIsGrantedOnTheFirstSignInOnlyAndAnEmailChangeUpdatesTheSameAccount() {
        OktaPerson selina = OktaPerson.named("Selina", "Kyle", "selina@wayne.example");
        String first = tokensOf(TEAM, selina).accessToken().getSubject();

        PlatformClient.Tokens later = tokensOf(TEAM, selina.withEmail("bruce@wayne.example"));

        assertThat(later.accessToken().getSubject()).isEqualTo(first);
        assertThat(later.accessToken().getClaims()).containsEntry("team_role", "member");
        assertThat(stack.realm().users().get(first).toRepresentation().getEmail()).isEqualTo("bruce@wayne.example");
    }

    @Test
    void theAdminEmailMakesAnAdminOncePerTeamNotAgainAfterADemotion() {
        OktaPerson bruce = OktaPerson.named("Bruce", "Wayne", "bruce@wayne.example");
        String bruceId = tokensOf(TEAM, bruce).accessToken().getSubject();
        OrganizationResource team = organization(TEAM);
        team.groups().group(team.groups().getGroupByPath("/admin", false).getId()).removeMember(bruceId);

        OktaPerson newIdentity = OktaPerson.named("Bruce", "Again", "BRUCE@wayne.example");
        PlatformClient.Tokens tokens = tokensOf(TEAM, newIdentity);

        assertThat(tokens.accessToken().getSubject()).isNotEqualTo(bruceId);
        assertThat(tokens.accessToken().getClaims()).containsEntry("team_role", "member");
        assertThat(team.toRepresentation().getAttributes()).containsEntry("team-sso.admin-email-granted", List.of("bruce@wayne.example"));
    }

    @Test
    void anEmailWithLookAlikeLettersNeverBecomesAdmin() {
        OrganizationRepresentation team = organization(OTHER_TEAM).toRepresentation();
        team.getAttributes().put("team-sso.admin-email", List.of("kate@wayne.example"));
        try (Response updated = organization(OTHER_TEAM).update(team)) {
            assertThat(updated.getStatus()).isEqualTo(204);
        }

        PlatformClient.Tokens kelvin = tokensOf(OTHER_TEAM, OktaPerson.named("Kelvin", "Sign", "\u212Aate@wayne.example"));
        PlatformClient.Tokens kate = tokensOf(OTHER_TEAM, OktaPerson.named("Kate", "Kane", "Kate@Wayne.example"));

        assertThat(kelvin.accessToken().getClaims()).containsEntry("team_role", "member");
        assertThat(kate.accessToken().getClaims()).containsEntry("team_role", "admin");
    }

    @Test
    void theSameEmailInAnotherTeamGetsItsOwnAccountAndNeverTouchesTheFirst() {
        OktaPerson barbara = OktaPerson.named("Barbara", "Gordon", "barbara@wayne.example");
        String inTeam = tokensOf(TEAM, barbara).accessToken().getSubject();
        UserRepresentation before = stack.realm().users().get(inTeam).toRepresentation();

        OktaPerson sameEmailElsewhere = OktaPerson.named("Babs", "Other", "barbara@wayne.example");
        PlatformClient.Tokens other = tokensOf(OTHER_TEAM, sameEmailElsewhere);

        assertThat(other.accessToken().getSubject()).isNotEqualTo(inTeam);
        assertThat(other.accessToken().getClaims()).containsEntry("team_id", OTHER_TEAM);
        UserRepresentation after = stack.realm().users().get(inTeam).toRepresentation();
        assertThat(after.getFirstName()).isEqualTo(before.getFirstName());
        assertThat(after.getLastName()).isEqualTo(before.getLastName());
        assertThat(stack.realm().users().get(inTeam).getFederatedIdentity())
                .singleElement()
                .satisfies(link -> assertThat(link.getIdentityProvider()).isEqualTo(TEAM));
        assertThat(organizationsOf(after)).extracting(OrganizationRepresentation::getAlias).containsExactly(TEAM);
    }

    @Test
    void aLocalAccountWithTheSameEmailIsNeverLinkedOrChanged() {
        String localId = createLocalAccount("local-alfred", "alfred@wayne.example");
        OktaPerson alfred = OktaPerson.named("Alfred", "Pennyworth", "alfred@wayne.example");

        BrokeredSignIn.Outcome outcome = signIn.viaIdpHint(new BrowserlessClient(), TEAM, alfred);
        PlatformClient.Tokens tokens = signIn.tokens(outcome);

        assertThat(tokens.accessToken().getSubject()).isNotEqualTo(localId);
        assertThat(stack.realm().users().get(localId).getFederatedIdentity()).isEmpty();
        assertThat(stack.realm().users().get(localId).toRepresentation().getFirstName()).isEqualTo("Local");
        assertThat(outcome.last().body()).doesNotContain("alfred@wayne.example");
    }

    @Test
    void aNewOktaSubjectWithAnEmailUsedInTheTeamGetsANewAccount() {
        OktaPerson jason = OktaPerson.named("Jason", "Todd", "jason@wayne.example");
        String original = tokensOf(TEAM, jason).accessToken().getSubject();

        OktaPerson recreated = OktaPerson.named("Jason", "Todd", "jason@wayne.example");
        String second = tokensOf(TEAM, recreated).accessToken().getSubject();

        assertThat(second).isNotEqualTo(original);
        assertThat(stack.realm().users().get(original).getFederatedIdentity())
                .singleElement()
                .satisfies(link -> assertThat(link.getUserId()).isEqualTo(jason.sub()));
    }

    @Test
    void personalAccountScopeMakesAccountIdTheUserId() {
        OrganizationRepresentation team = stack.provisioner().findOrganization(new TeamId(OTHER_TEAM)).orElseThrow();
        team = stack.realm().organizations().get(team.getId()).toRepresentation();
        team.getAttributes().put("team-sso.account-scope", List.of("user"));
        try (Response updated = stack.realm().organizations().get(team.getId()).update(team)) {
            assertThat(updated.getStatus()).isEqualTo(204);
        }

        PlatformClient.Tokens tokens = tokensOf(OTHER_TEAM, OktaPerson.named("Tim", "Drake", "tim@wayne.example"));

        assertThat(tokens.accessToken().getClaims())
                .containsEntry("team_id", OTHER_TEAM)
                .containsEntry("account_id", tokens.accessToken().getSubject());
    }

    @Test
    void aRoleChangeThroughTheAdminApiShowsInTheNextToken() {
        tokensOf(TEAM, OktaPerson.named("Bruce", "Wayne", "bruce@wayne.example"));
        OktaPerson damian = OktaPerson.named("Damian", "Wayne", "damian@wayne.example");
        String damianId = tokensOf(TEAM, damian).accessToken().getSubject();
        OrganizationResource team = stack.realm().organizations().get(
                stack.provisioner().findOrganization(new TeamId(TEAM)).orElseThrow().getId());

        team.groups().group(team.groups().getGroupByPath("/admin", false).getId()).addMember(damianId);

        assertThat(tokensOf(TEAM, damian).accessToken().getClaims()).containsEntry("team_role", "admin");
    }

    @Test
    void aPersonWithoutFamilyNameStillGetsInWithoutAForm() {
        OktaPerson cass = new OktaPerson(OktaPerson.newOktaUserId(), "cass@wayne.example", true, "Cassandra", null);

        PlatformClient.Tokens tokens = tokensOf(TEAM, cass);

        assertThat(tokens.accessToken().getClaims()).containsEntry("team_id", TEAM);
    }

    private PlatformClient.Tokens tokensOf(String team, OktaPerson person) {
        return signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), team, person));
    }

    private UserRepresentation account(String team, OktaPerson person) {
        return stack.realm().users().search(AccountName.of(team, person.sub()), true).stream().findFirst().orElseThrow();
    }

    private OrganizationResource organization(String teamId) {
        return stack.realm().organizations().get(stack.provisioner().findOrganization(new TeamId(teamId)).orElseThrow().getId());
    }

    private List<OrganizationRepresentation> organizationsOf(UserRepresentation user) {
        return stack.realm().organizations().members().getOrganizations(user.getId());
    }

    private List<EventRepresentation> firstLoginEvents() {
        return stack.realm().getEvents(List.of("IDENTITY_PROVIDER_FIRST_LOGIN"), null, null, null, null, null, 0, 200).stream()
                .filter(event -> TEAM.equals(event.getDetails() == null ? null : event.getDetails().get("team_id")))
                .toList();
    }

    private String createLocalAccount(String username, String email) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setFirstName("Local");
        user.setLastName("Account");
        user.setEnabled(true);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("local-password-1");
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response created = stack.realm().users().create(user)) {
            assertThat(created.getStatus()).isEqualTo(201);
            return CreatedResponseUtil.getCreatedId(created);
        }
    }
}
