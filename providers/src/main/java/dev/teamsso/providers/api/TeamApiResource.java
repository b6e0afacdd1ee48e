package dev.teamsso.providers.api;

import dev.teamsso.providers.contract.TeamApiContract;
import dev.teamsso.providers.contract.TeamApiError;
import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.team.TeamRoles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * {@code /realms/{realm}/teams/{teamId}}: the team, its members, and role changes. Every call
 * needs a bearer access token of the realm ({@link BearerCaller}) and membership of the team
 * ({@link TeamAccess}); changing a role needs the team's admin role ({@link RoleChanger}).
 * Failures are the fixed bodies of {@link TeamApiError}.
 */
public final class TeamApiResource {

    private final KeycloakSession session;
    private final String teamId;

    public TeamApiResource(KeycloakSession session, String teamId) {
        this.session = session;
        this.teamId = teamId;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response team() {
        return answer(call -> {
            TeamRoles roles = new TeamRoles(session);
            long count = session.getProvider(OrganizationProvider.class).getMembersCount(call.access().team().organization());
            return TeamViews.team(call.access().team(), count, roles.roleOf(call.access().team(), call.access().caller()));
        });
    }

    @GET
    @Path(TeamApiContract.PATH_MEMBERS)
    @Produces(MediaType.APPLICATION_JSON)
    public Response members() {
        return answer(call -> {
            MemberQuery query = MemberQuery.parse(session.getContext().getUri().getQueryParameters());
            List<UserModel> members;
            try (Stream<UserModel> page = membersOf(call.access(), query)) {
                members = page.toList();
            }
            return TeamViews.page(query, members, new TeamRoles(session).adminIds(call.access().team()));
        });
    }

    @GET
    @Path(TeamApiContract.PATH_MEMBERS + "/{" + TeamApiContract.PARAM_USER_ID + "}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response member(@PathParam(TeamApiContract.PARAM_USER_ID) String userId) {
        return answer(call -> {
            UserModel member = call.access().member(session, userId);
            return TeamViews.member(member, new TeamRoles(session).roleOf(call.access().team(), member));
        });
    }

    @PUT
    @Path(TeamApiContract.PATH_MEMBERS + "/{" + TeamApiContract.PARAM_USER_ID + "}/" + TeamApiContract.PATH_ROLE)
    @Produces(MediaType.APPLICATION_JSON)
    public Response changeRole(@PathParam(TeamApiContract.PARAM_USER_ID) String userId,
                               @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        return answer(call -> {
            TeamRoles roles = new TeamRoles(session);
            if (!TeamContract.ROLE_ADMIN.equals(roles.roleOf(call.access().team(), call.access().caller()))) {
                throw new TeamApiException(TeamApiError.NOT_TEAM_ADMIN);
            }
            RoleRequest request = RoleRequest.parse(contentType, body);
            UserModel member = call.access().member(session, userId);
            String role = new RoleChanger(session).change(call.access(), call.caller(), member, request.role());
            return TeamViews.member(member, role);
        });
    }

    /** Deactivates a member: disabled, signed out everywhere; team admins only, never the last active admin. */
    @POST
    @Path(TeamApiContract.PATH_MEMBERS + "/{" + TeamApiContract.PARAM_USER_ID + "}/" + TeamApiContract.PATH_DEACTIVATE)
    @Produces(MediaType.APPLICATION_JSON)
    public Response deactivate(@PathParam(TeamApiContract.PARAM_USER_ID) String userId) {
        return setActive(userId, false);
    }

    /** Reactivates a member: the same account, its role unchanged; team admins only. */
    @POST
    @Path(TeamApiContract.PATH_MEMBERS + "/{" + TeamApiContract.PARAM_USER_ID + "}/" + TeamApiContract.PATH_REACTIVATE)
    @Produces(MediaType.APPLICATION_JSON)
    public Response reactivate(@PathParam(TeamApiContract.PARAM_USER_ID) String userId) {
        return setActive(userId, true);
    }

    private Response setActive(String userId, boolean active) {
        return answer(call -> {
            UserModel member = call.access().member(session, userId);
            new MemberActivator(session).set(call.access(), member, active);
            return TeamViews.member(member, new TeamRoles(session).roleOf(call.access().team(), member));
        });
    }

    /** Authenticates, resolves the team, runs {@code work}, and turns refusals into fixed bodies. */
    private Response answer(Function<Call, Map<String, Object>> work) {
        try {
            AuthResult caller = BearerCaller.authenticate(session);
            Call call = new Call(caller, TeamAccess.of(session, teamId, caller.user()));
            return Response.ok(work.apply(call), MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        } catch (TeamApiException e) {
            return e.response();
        }
    }

    private Stream<UserModel> membersOf(TeamAccess access, MemberQuery query) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        Map<String, String> filters = query.hasSearch() ? Map.of(UserModel.SEARCH, query.search()) : Map.of();
        return organizations.getMembersStream(access.team().organization(), filters, false, query.first(), query.max());
    }

    /** An authenticated caller and the team they may see. */
    private record Call(AuthResult caller, TeamAccess access) {
    }
}
