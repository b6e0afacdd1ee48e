package dev.teamsso.testing.teamapi;

import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.admin.client.resource.OrganizationGroupResource;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.representations.idm.MemberRepresentation;

/**
 * A team for the team API tests: created through the provisioner, its people signed in through
 * its Okta stand-in issuer, its admins read and set through the admin API (not through the API
 * under test), and everything removed again.
 */
public final class TeamFixture {

    private final TestTeam team;
    private final String teamId;
    private final BrokeredSignIn signIn;

    public TeamFixture(TeamSsoStack stack, String teamId, String adminEmail) {
        this.teamId = teamId;
        this.signIn = new BrokeredSignIn(stack);
        this.team = TestTeam.create(stack, teamId, teamId, adminEmail);
    }

    /** The team as every suite handles it: usernames, accounts, removal. */
    public TestTeam team() {
        return team;
    }

    public String id() {
        return teamId;
    }

    /** Signs a person in through the team's Okta; the first time creates their account. */
    public Person signIn(OktaPerson person) {
        PlatformClient.Tokens tokens = signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), teamId, person));
        return new Person(person, tokens.accessToken().getSubject(), tokens);
    }

    public OrganizationResource organization() {
        return team.organization();
    }

    /** The team's admins, as the admin API shows the Organization group "admin". */
    public Set<String> adminIds() {
        return adminGroup().getMembers(0, 10_000, true).stream().map(MemberRepresentation::getId).collect(Collectors.toSet());
    }

    /** Makes exactly these accounts the team's admins. */
    public void setAdmins(String... userIds) {
        OrganizationGroupResource group = adminGroup();
        Set<String> wanted = Set.of(userIds);
        Set<String> current = adminIds();
        current.stream().filter(id -> !wanted.contains(id)).forEach(group::removeMember);
        wanted.stream().filter(id -> !current.contains(id)).forEach(group::addMember);
    }

    /** Deletes the team's accounts and the team. */
    public void remove() {
        team.remove();
    }

    private OrganizationGroupResource adminGroup() {
        OrganizationResource organization = organization();
        return organization.groups().group(organization.groups().getGroupByPath("/admin", false).getId());
    }

    /** A signed-in person: who they are at Okta, their account ID and their tokens. */
    public record Person(OktaPerson okta, String id, PlatformClient.Tokens tokens) {

        public String token() {
            return tokens.rawAccessToken();
        }
    }
}
