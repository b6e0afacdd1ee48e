package dev.teamsso.providers.api;

import dev.teamsso.providers.contract.TeamApiError;
import dev.teamsso.providers.team.Team;
import dev.teamsso.providers.team.TeamDirectory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * The team a request names, as its caller may see it: an enabled team the caller is a member
 * of. An unknown, malformed or disabled Team ID and another team's ID all give the same
 * {@link TeamApiError#TEAM_NOT_FOUND}, so the API never reveals which teams exist.
 */
record TeamAccess(Team team, UserModel caller) {

    static TeamAccess of(KeycloakSession session, String teamId, UserModel caller) {
        Team team = new TeamDirectory(session).findEnabled(teamId)
                .orElseThrow(() -> new TeamApiException(TeamApiError.TEAM_NOT_FOUND));
        if (!session.getProvider(OrganizationProvider.class).isMember(team.organization(), caller)) {
            throw new TeamApiException(TeamApiError.TEAM_NOT_FOUND);
        }
        return new TeamAccess(team, caller);
    }

    /** A member of this team, or {@link TeamApiError#MEMBER_NOT_FOUND} (also for other teams' people). */
    UserModel member(KeycloakSession session, String userId) {
        UserModel member = userId == null ? null
                : session.getProvider(OrganizationProvider.class).getMemberById(team.organization(), userId);
        if (member == null) {
            throw new TeamApiException(TeamApiError.MEMBER_NOT_FOUND);
        }
        return member;
    }
}
