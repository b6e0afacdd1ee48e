package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
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
import dev.teamsso.providers.team.Team;
import java.io.InputStream;
import java.util.function.BiFunction;

/**
 * One resource type's endpoint, {@code .../scim/v2/Users} or {@code .../scim/v2/Groups}: list,
 * get, create (201 with {@code Location}), replace, patch and delete (204), each call
 * authenticated and answered by {@link ScimCall}.
 */
public final class ScimEndpoint {

    private final ScimCall call;
    private final BiFunction<Team, String, ScimOperations> operations;

    ScimEndpoint(ScimCall call, BiFunction<Team, String, ScimOperations> operations) {
        this.call = call;
        this.operations = operations;
    }

    @GET
    public Response list(@QueryParam("filter") String filter, @QueryParam("startIndex") String startIndex,
                         @QueryParam("count") String count) {
        return call.answer(team -> ScimJson.ok(200, operations(team).list(filter, ScimPaging.parse(startIndex, count))));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return call.answer(team -> ScimJson.ok(200, operations(team).get(id)));
    }

    @POST
    @Consumes({ScimContract.MEDIA_TYPE, "application/json", "*/*"})
    public Response create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        return call.answer(team -> {
            ObjectNode created = operations(team).create(ScimBody.read(contentType, body));
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
        return call.answer(team -> ScimJson.ok(200, operations(team).replace(id, ScimBody.read(contentType, body))));
    }

    @PATCH
    @Path("{id}")
    @Consumes({ScimContract.MEDIA_TYPE, "application/json", "*/*"})
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                          InputStream body) {
        return call.answer(team -> ScimJson.ok(200, operations(team).patch(id, ScimBody.read(contentType, body))));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        return call.answer(team -> {
            operations(team).delete(id);
            return Response.noContent().build();
        });
    }

    private ScimOperations operations(Team team) {
        return operations.apply(team, call.baseUrl(team));
    }
}
