package dev.teamsso.providers;

import dev.teamsso.providers.api.TeamApiContract;
import dev.teamsso.providers.api.TeamApiResource;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.keycloak.models.KeycloakSession;

/**
 * Root of {@code /realms/{realm}/teams}. The per-team endpoints (initiate, members) hang
 * off this resource as sub-resources; until they land every path below it answers 404.
 */
public final class TeamsResource {

    private final KeycloakSession session;

    TeamsResource(KeycloakSession session) {
        this.session = session;
    }

    KeycloakSession session() {
        return session;
    }

    /** {@code {teamId}}, {@code {teamId}/members...}: the team management API. */
    @Path("{" + TeamApiContract.PARAM_TEAM_ID + "}")
    public TeamApiResource team(@PathParam(TeamApiContract.PARAM_TEAM_ID) String teamId) {
        return new TeamApiResource(session, teamId);
    }
}
