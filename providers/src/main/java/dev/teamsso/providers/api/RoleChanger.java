package dev.teamsso.providers.api;

import dev.teamsso.providers.contract.TeamApiError;
import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.team.TeamRoles;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * Changes a member's role under the team's lock: reads the admins from the database, lets
 * {@link RoleChangeRule} decide (the caller's admin role is checked here, on fresh data, not
 * on token claims), applies the change through {@link TeamRoles} and records it.
 */
final class RoleChanger {

    private static final Logger LOG = Logger.getLogger(RoleChanger.class);

    private final KeycloakSession session;
    private final TeamRoles roles;

    RoleChanger(KeycloakSession session) {
        this.session = session;
        this.roles = new TeamRoles(session);
    }

    /** Sets {@code member}'s role; returns the role it has afterwards. */
    String change(TeamAccess access, AuthResult caller, UserModel member, String requestedRole) {
        if (!TeamLock.lock(session, access.team())) {
            throw new TeamApiException(TeamApiError.TEAM_NOT_FOUND);
        }
        Set<String> adminIds = roles.adminIds(access.team());
        String teamId = access.team().id();
        switch (RoleChangeRule.decide(adminIds, access.caller().getId(), member.getId(), requestedRole)) {
            case REFUSE_NOT_ADMIN -> throw new TeamApiException(TeamApiError.NOT_TEAM_ADMIN);
            case REFUSE_LAST_ADMIN -> {
                LOG.debugf("team '%s': refused to demote the last admin %s", teamId, member.getId());
                throw new TeamApiException(TeamApiError.LAST_ADMIN);
            }
            case UNCHANGED -> {
                return requestedRole;
            }
            case PROMOTE -> roles.grantAdmin(access.team(), member);
            case DEMOTE -> roles.revokeAdmin(access.team(), member);
        }
        String from = TeamContract.ROLE_ADMIN.equals(requestedRole) ? TeamContract.ROLE_MEMBER : TeamContract.ROLE_ADMIN;
        RoleChangeRecorder.record(session, caller, new RoleChange(teamId, access.caller().getId(), member.getId(), from, requestedRole));
        return requestedRole;
    }
}
