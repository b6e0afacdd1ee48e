package dev.teamsso.providers.api;

import dev.teamsso.providers.contract.TeamContract;
import java.util.Set;

/**
 * Whether a role change may happen, decided on the team's admins as the database holds them
 * while the change is locked: only admins change roles, and a team never loses its last admin
 * (an admin may demote themself only while another admin remains).
 */
final class RoleChangeRule {

    /** What to do with a request. */
    enum Decision {
        PROMOTE,
        DEMOTE,
        UNCHANGED,
        REFUSE_NOT_ADMIN,
        REFUSE_LAST_ADMIN
    }

    private RoleChangeRule() {
    }

    static Decision decide(Set<String> adminIds, String callerId, String targetId, String requestedRole) {
        if (!adminIds.contains(callerId)) {
            return Decision.REFUSE_NOT_ADMIN;
        }
        boolean targetIsAdmin = adminIds.contains(targetId);
        if (TeamContract.ROLE_ADMIN.equals(requestedRole)) {
            return targetIsAdmin ? Decision.UNCHANGED : Decision.PROMOTE;
        }
        if (!targetIsAdmin) {
            return Decision.UNCHANGED;
        }
        return adminIds.size() > 1 ? Decision.DEMOTE : Decision.REFUSE_LAST_ADMIN;
    }
}
