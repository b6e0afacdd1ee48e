package dev.teamsso.providers.logout;

import dev.teamsso.providers.contract.LogoutContract;
import dev.teamsso.providers.BearerHeader;
import dev.teamsso.providers.TeamsResourceProviderFactory;
import dev.teamsso.providers.team.AccountSessions;
import dev.teamsso.providers.team.Team;
import dev.teamsso.providers.team.TeamDirectory;
import dev.teamsso.providers.contract.TeamId;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * {@code POST /realms/{realm}/teams/{teamId}/global-token-revocation}: Okta's Universal Logout
 * (draft-parecki-oauth-global-token-revocation). In this order: the team must exist and be
 * enabled and the Bearer JWT must be its Okta's ({@link RequestAuthenticator}: 401, or 403 for
 * another team's Okta); then the body ({@link RevocationRequest}: 400); then the team's accounts
 * it names ({@link SubjectAccounts}: 404); then every session of each ends
 * ({@link AccountSessions}: 422 if that fails) and the answer is 204. An unknown or disabled team
 * answers exactly like a bad JWT. Every call is recorded ({@link LogoutRecorder}).
 */
public final class GlobalTokenRevocationResource {

    private static final Logger LOG = Logger.getLogger(GlobalTokenRevocationResource.class);

    private final KeycloakSession session;
    private final String teamId;

    public GlobalTokenRevocationResource(KeycloakSession session, String teamId) {
        this.session = session;
        this.teamId = teamId;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response revoke(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        LogoutRecorder recorder = new LogoutRecorder(session, TeamId.isValid(teamId) ? teamId : "-");
        RevocationSubject subject = null;
        try {
            Team team = new TeamDirectory(session).findEnabled(teamId)
                    .orElseThrow(() -> new RevocationException(RevocationError.INVALID_TOKEN));
            String token = BearerHeader.tokenOf(session.getContext().getRequestHeaders())
                    .orElseThrow(() -> new RevocationException(RevocationError.INVALID_TOKEN));
            new RequestAuthenticator(session).authenticate(team, token, endpointUrl());
            subject = RevocationRequest.parse(contentType, body);
            List<UserModel> accounts = new SubjectAccounts(session).of(team, subject);
            if (accounts.isEmpty()) {
                throw new RevocationException(RevocationError.UNKNOWN_SUBJECT);
            }
            int sessions = endSessions(accounts);
            recorder.done(subject, accounts, sessions);
            return Response.noContent().header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        } catch (RevocationException e) {
            recorder.refused(subject, e.error());
            return e.error().response();
        }
    }

    private int endSessions(List<UserModel> accounts) {
        RealmModel realm = session.getContext().getRealm();
        try {
            return accounts.stream().mapToInt(user -> AccountSessions.endAll(session, realm, user)).sum();
        } catch (RuntimeException e) {
            LOG.warnf("team '%s': ending sessions failed: %s", teamId, e.getClass().getSimpleName());
            session.getTransactionManager().setRollbackOnly();
            throw new RevocationException(RevocationError.REVOCATION_FAILED);
        }
    }

    /** This endpoint's URL as Okta must name it in {@code aud}: Keycloak's public (frontend) URL. */
    private String endpointUrl() {
        return UriBuilder.fromUri(session.getContext().getUri().getBaseUri())
                .path("realms").path(session.getContext().getRealm().getName())
                .path(TeamsResourceProviderFactory.PROVIDER_ID).path(teamId).path(LogoutContract.PATH)
                .build().toString();
    }
}
