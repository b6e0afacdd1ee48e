package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
import dev.teamsso.providers.team.Team;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.keycloak.models.KeycloakSession;

/**
 * Runs one SCIM request: authenticates it for its team ({@link ScimAuthenticator}), does the
 * work, and turns a refusal into its fixed SCIM error body, rolling back anything the work had
 * changed so nothing is left half-done.
 */
final class ScimCall {

    private final KeycloakSession session;
    private final String teamId;

    ScimCall(KeycloakSession session, String teamId) {
        this.session = session;
        this.teamId = teamId;
    }

    Response answer(Function<Team, Response> work) {
        try {
            return work.apply(ScimAuthenticator.authenticate(session, teamId));
        } catch (ScimException e) {
            if (e.error() != ScimError.UNAUTHORIZED && e.error() != ScimError.TOO_MANY_FAILURES) {
                session.getTransactionManager().setRollbackOnly();
            }
            return ScimJson.error(e.error());
        }
    }

    /** {@code .../realms/{realm}/teams/{teamId}/scim/v2}, as the client reached it. */
    String baseUrl(Team team) {
        return session.getContext().getUri().getBaseUriBuilder()
                .path("realms").path(session.getContext().getRealm().getName())
                .path("teams").path(team.id()).path(ScimContract.BASE_PATH)
                .build().toString();
    }
}
