package dev.teamsso.testing.scim;

import dev.teamsso.cli.ScimTokenStore;
import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.ScimClient;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import jakarta.ws.rs.NotFoundException;
import org.keycloak.admin.client.resource.OrganizationGroupsResource;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A team with a SCIM token for the SCIM tests: created as the {@code teams} tool does, its token
 * issued through {@link ScimTokenStore} (the code behind {@code teams scim-token}), its people
 * signed in through its Okta stand-in issuer, and removed with every account again.
 */
final class ScimTeam implements AutoCloseable {

    private final TeamSsoStack stack;
    private final String teamId;
    private final BrokeredSignIn signIn;
    private final String token;

    ScimTeam(TeamSsoStack stack, String teamId) {
        this.stack = stack;
        this.teamId = teamId;
        this.signIn = new BrokeredSignIn(stack);
        stack.createTeam(teamId, teamId, "admin@" + teamId + ".example");
        this.token = new ScimTokenStore(stack.realm()).issue(new TeamId(teamId)).orElseThrow();
    }

    String id() {
        return teamId;
    }

    String token() {
        return token;
    }

    ScimClient scim() {
        return new ScimClient(stack.keycloak().realmUrl(TeamSsoStack.REALM), teamId, token);
    }

    BrokeredSignIn signIn() {
        return signIn;
    }

    /** Signs a person in through the team's Okta; fails when the sign-in does not reach the platform. */
    PlatformClient.Tokens signIn(OktaPerson person) {
        return signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), teamId, person));
    }

    UserRepresentation account(String id) {
        return stack.realm().users().get(id).toRepresentation();
    }

    OrganizationResource organization() {
        return stack.realm().organizations().get(
                stack.provisioner().findOrganization(new TeamId(teamId)).orElseThrow().getId());
    }

    /** Makes the account a team admin through the admin API (the Organization group "admin", created if missing). */
    void makeAdmin(String userId) {
        OrganizationGroupsResource groups = organization().groups();
        GroupRepresentation admin;
        try {
            admin = groups.getGroupByPath("/admin", false);
        } catch (NotFoundException missing) {
            GroupRepresentation group = new GroupRepresentation();
            group.setName("admin");
            groups.addTopLevelGroup(group).close();
            admin = groups.getGroupByPath("/admin", false);
        }
        groups.group(admin.getId()).addMember(userId);
    }

    @Override
    public void close() {
        TestTeam.of(stack, teamId).remove();
    }
}
