package dev.teamsso.providers.scim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.keycloak.models.KeycloakSession;

/** {@code .../scim/v2/Users}: list, get, create, replace, patch and delete (deactivate) a team's users. */
public final class ScimUsersResource {

    private final KeycloakSession session;
    private final ScimCall call;

    ScimUsersResource(KeycloakSession session, String teamId) {
        this.session = session;
        this.call = new ScimCall(session, teamId);
    }

    @GET
    public Response list(@QueryParam("filter") String filter, @QueryParam("startIndex") String startIndex,
                         @QueryParam("count") String count) {
        return call.answer(team -> ScimJson.ok(200, users(team).list(filter, ScimPaging.parse(startIndex, count))));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return call.answer(team -> ScimJson.ok(200, users(team).get(id)));
    }

    @POST
    @Consumes({ScimContract.MEDIA_TYPE, "application/json", "*/*"})
    public Response create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        return call.answer(team -> {
            ObjectNode created = users(team).create(ScimBody.read(contentType, body));
            return Response.fromResponse(ScimJson.ok(201, created))
                    .header(HttpHeaders.LOCATION, created.path("meta").path("location").asText())
                    .build();
        });
    }

    @PUT
    @Path("{id}")
    @Consumes({ScimContract.MEDIA_TYPE, "application/json", "*/*"})
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                            InputStream body) {
        return call.answer(team -> ScimJson.ok(200, users(team).replace(id, ScimBody.read(contentType, body))));
    }

    @PATCH
    @Path("{id}")
    @Consumes({ScimContract.MEDIA_TYPE, "application/json", "*/*"})
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                          InputStream body) {
        return call.answer(team -> ScimJson.ok(200, users(team).patch(id, ScimBody.read(contentType, body))));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        return call.answer(team -> {
            users(team).delete(id);
            return Response.noContent().build();
        });
    }

    private ScimUsers users(dev.teamsso.providers.team.Team team) {
        return new ScimUsers(session, team, call.baseUrl(team));
    }
}
