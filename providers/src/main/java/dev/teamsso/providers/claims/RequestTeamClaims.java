package dev.teamsso.providers.claims;

import dev.teamsso.providers.team.TeamDirectory;
import dev.teamsso.providers.team.TeamRoles;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * A person's team claims, worked out once per request: Keycloak runs the mapper for the access
 * token, the ID token and userinfo of the same request, and each would otherwise look up the team
 * and the admin group again. Kept as an attribute of the request's {@link KeycloakSession}, so
 * the next request (the next token) reads the model afresh and a role change shows at once.
 */
final class RequestTeamClaims {

    private static final String ATTRIBUTE = "team-sso-team-claims:";

    private RequestTeamClaims() {
    }

    @SuppressWarnings("unchecked")
    static Optional<TeamClaims> of(KeycloakSession session, UserModel user) {
        String key = ATTRIBUTE + user.getId();
        Object known = session.getAttribute(key);
        if (known instanceof Optional<?> claims) {
            return (Optional<TeamClaims>) claims;
        }
        Optional<TeamClaims> claims = new TeamDirectory(session).ofMember(user).map(team -> TeamClaims.of(team.id(),
                new TeamRoles(session).roleOf(team, user), team.accountPerUser(), user.getId()));
        session.setAttribute(key, claims);
        return claims;
    }
}
