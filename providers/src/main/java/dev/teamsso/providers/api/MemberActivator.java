package dev.teamsso.providers.api;

import dev.teamsso.providers.contract.TeamApiError;
import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.team.AccountActivation;
import dev.teamsso.providers.team.TeamRoles;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * Deactivates or reactivates a member from the team API, under the team's lock and the same
 * rule as role changes ({@link RoleChangeRule}): only admins may, and the team's last active
 * admin cannot be deactivated (deactivating an admin is, for this rule, a demotion).
 */
final class MemberActivator {

    private final KeycloakSession session;
    private final TeamRoles roles;

    MemberActivator(KeycloakSession session) {
        this.session = session;
        this.roles = new TeamRoles(session);
    }

    void set(TeamAccess access, UserModel member, boolean active) {
        if (!TeamLock.lock(session, access.team())) {
            throw new TeamApiException(TeamApiError.TEAM_NOT_FOUND);
        }
        Set<String> activeAdmins = roles.adminIds(access.team()).stream()
                .filter(id -> {
                    UserModel admin = session.users().getUserById(session.getContext().getRealm(), id);
                    return admin != null && admin.isEnabled();
                })
                .collect(Collectors.toUnmodifiableSet());
        if (!activeAdmins.contains(access.caller().getId())) {
            throw new TeamApiException(TeamApiError.NOT_TEAM_ADMIN);
        }
        if (!active && RoleChangeRule.decide(activeAdmins, access.caller().getId(), member.getId(), TeamContract.ROLE_MEMBER)
                == RoleChangeRule.Decision.REFUSE_LAST_ADMIN) {
            throw new TeamApiException(TeamApiError.LAST_ADMIN);
        }
        AccountActivation.set(session, access.team(), member, active, access.caller().getId());
    }
}
