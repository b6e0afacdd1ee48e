package dev.teamsso.providers.team;

import dev.teamsso.providers.contract.TeamContract;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * A member's role inside a team, kept in Keycloak's own model: team admins belong to the
 * Organization group {@value TeamContract#ADMIN_GROUP}; every other member has role
 * {@value TeamContract#ROLE_MEMBER}. The admin console and realm export show it as is.
 */
public final class TeamRoles {

    private final KeycloakSession session;
    private final OrganizationProvider organizations;

    public TeamRoles(KeycloakSession session) {
        this.session = session;
        this.organizations = session.getProvider(OrganizationProvider.class);
    }

    public String roleOf(Team team, UserModel user) {
        GroupModel admins = adminGroup(team, false);
        return admins != null && user.isMemberOf(admins) ? TeamContract.ROLE_ADMIN : TeamContract.ROLE_MEMBER;
    }

    /** The IDs of the team's admins, read from the user store (not from any cache). */
    public Set<String> adminIds(Team team) {
        GroupModel admins = adminGroup(team, false);
        if (admins == null) {
            return Set.of();
        }
        return session.users().getGroupMembersStream(session.getContext().getRealm(), admins)
                .map(UserModel::getId)
                .collect(Collectors.toUnmodifiableSet());
    }

    public void grantAdmin(Team team, UserModel user) {
        user.joinGroup(adminGroup(team, true));
    }

    public void revokeAdmin(Team team, UserModel user) {
        GroupModel admins = adminGroup(team, false);
        if (admins != null) {
            user.leaveGroup(admins);
        }
    }

    private GroupModel adminGroup(Team team, boolean create) {
        GroupModel group = organizations
                .searchGroupsByName(team.organization(), TeamContract.ADMIN_GROUP, true, 0, 1)
                .findFirst()
                .orElse(null);
        if (group == null && create) {
            group = organizations.createGroup(team.organization(), TeamContract.ADMIN_GROUP, null);
        }
        return group;
    }
}
