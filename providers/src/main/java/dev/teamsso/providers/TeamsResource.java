package dev.teamsso.providers;

import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.contract.TeamApiContract;
import dev.teamsso.providers.api.TeamApiResource;
import dev.teamsso.providers.initiate.InitiateLoginResource;
import dev.teamsso.providers.logout.GlobalTokenRevocationResource;
import dev.teamsso.providers.contract.LogoutContract;
import dev.teamsso.providers.contract.ScimContract;
import dev.teamsso.providers.scim.ScimResource;
import dev.teamsso.providers.contract.OutboundUrlRule;
import dev.teamsso.providers.setup.SetupContract;
import dev.teamsso.providers.setup.SetupResource;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.keycloak.models.KeycloakSession;

/**
 * Root of {@code /realms/{realm}/teams}: the per-team endpoints hang off it as sub-resources.
 */
public final class TeamsResource {

    private final KeycloakSession session;
    private final OutboundUrlRule setupRule;

    TeamsResource(KeycloakSession session, OutboundUrlRule setupRule) {
        this.session = session;
        this.setupRule = setupRule;
    }

    /** {@code setup/{token}}: a pending team's one-time set-up link ("setup" is a reserved Team ID). */
    @Path(SetupContract.PATH + "/{token}")
    public SetupResource setup(@PathParam("token") String token) {
        return new SetupResource(session, token, setupRule);
    }

    /** Okta-initiated sign-in (OIDC third-party-initiated login) for one team. */
    @Path("{teamId}/" + TeamContract.INITIATE_PATH)
    public InitiateLoginResource initiate(@PathParam("teamId") String teamId) {
        return new InitiateLoginResource(session, teamId);
    }

    /** Okta Universal Logout (global token revocation) for one team. */
    @Path("{teamId}/" + LogoutContract.PATH)
    public GlobalTokenRevocationResource globalTokenRevocation(@PathParam("teamId") String teamId) {
        return new GlobalTokenRevocationResource(session, teamId);
    }

    /** {@code {teamId}/scim/v2/...}: the team's SCIM 2.0 service provider for its Okta. */
    @Path("{teamId}/" + ScimContract.BASE_PATH)
    public ScimResource scim(@PathParam("teamId") String teamId) {
        return new ScimResource(session, teamId);
    }

    /** {@code {teamId}}, {@code {teamId}/members...}: the team management API. */
    @Path("{" + TeamApiContract.PARAM_TEAM_ID + "}")
    public TeamApiResource team(@PathParam(TeamApiContract.PARAM_TEAM_ID) String teamId) {
        return new TeamApiResource(session, teamId);
    }
}
