package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

/**
 * {@code /realms/{realm}/teams/{teamId}/scim/v2}: one team's SCIM 2.0 service provider.
 * Every endpoint, discovery included, needs the team's SCIM token ({@link ScimAuthenticator}).
 */
public final class ScimResource {

    private final KeycloakSession session;
    private final String teamId;

    public ScimResource(KeycloakSession session, String teamId) {
        this.session = session;
        this.teamId = teamId;
    }

    @Path(ScimContract.PATH_USERS)
    public ScimEndpoint users() {
        return new ScimEndpoint(new ScimCall(session, teamId), (team, baseUrl) -> new ScimUsers(session, team, baseUrl));
    }

    @Path(ScimContract.PATH_GROUPS)
    public ScimEndpoint groups() {
        return new ScimEndpoint(new ScimCall(session, teamId), (team, baseUrl) -> new ScimGroups(session, team, baseUrl));
    }

    @GET
    @Path(ScimContract.PATH_SERVICE_PROVIDER_CONFIG)
    public Response serviceProviderConfig() {
        ScimCall call = new ScimCall(session, teamId);
        return call.answer(team -> ScimJson.ok(200, ScimDiscovery.serviceProviderConfig(call.baseUrl(team))));
    }

    @GET
    @Path(ScimContract.PATH_RESOURCE_TYPES)
    public Response resourceTypes() {
        ScimCall call = new ScimCall(session, teamId);
        return call.answer(team -> ScimJson.ok(200, ScimDiscovery.resourceTypes(call.baseUrl(team))));
    }

    @GET
    @Path(ScimContract.PATH_SCHEMAS)
    public Response schemas() {
        ScimCall call = new ScimCall(session, teamId);
        return call.answer(team -> ScimJson.ok(200, ScimDiscovery.schemas(call.baseUrl(team))));
    }
}
