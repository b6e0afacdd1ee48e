package dev.teamsso.providers.initiate;

import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.broker.BrokerRedirect;
import dev.teamsso.providers.login.TeamLookupThrottle;
import dev.teamsso.providers.team.Team;
import dev.teamsso.providers.team.TeamDirectory;
import dev.teamsso.providers.contract.TeamId;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * {@code /realms/{realm}/teams/{teamId}/initiate}: sign-in started at the team's Okta (the
 * dashboard tile). Checks the team and its exact issuer (misses are throttled like Team ID
 * misses), then signs the person in through the team's Okta (skipped when they already have a
 * session for this team) in the browser's own authentication session, so Keycloak refuses to
 * replace a signed-in person with another. It goes straight to Okta only when the request comes
 * from the team's Okta ({@link TileOrigin}); from anywhere else it asks first, with one click.
 * Then the browser goes to the platform, which runs its own sign-in without a prompt. No client
 * is ever handed a code: the session is made with {@code response_type=none}.
 */
public final class InitiateLoginResource {

    static final String ERROR_NOT_ACCEPTED = "team_sso_initiate_not_accepted";
    static final String ERROR_NO_LANDING = "team_sso_initiate_no_landing_client";
    static final String ERROR_THROTTLED = "team_sso_throttled";

    private static final Logger LOG = Logger.getLogger(InitiateLoginResource.class);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final String teamId;
    private final InitiatePages pages;

    public InitiateLoginResource(KeycloakSession session, String teamId) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.teamId = teamId;
        this.pages = new InitiatePages(session);
    }

    @GET
    public Response viaQuery() {
        return handle(session.getContext().getUri().getQueryParameters());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response viaForm() {
        return handle(session.getContext().getHttpRequest().getDecodedFormParameters());
    }

    private Response handle(MultivaluedMap<String, String> parameters) {
        EventBuilder event = new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.IDENTITY_PROVIDER_LOGIN);
        InitiateRequest.Parsed parsed = InitiateRequest.parse(parameters);
        if (parsed.accepted().isEmpty()) {
            return reject(event, parsed.refusal().eventError());
        }
        InitiateRequest request = parsed.request();
        Optional<Team> team = new TeamDirectory(session).findEnabled(teamId)
                .filter(found -> request.issuer().equals(issuerOf(found)));
        if (team.isEmpty()) {
            return miss(event);
        }
        ClientModel client = landingClient(team.get());
        Optional<String> target = client == null ? Optional.empty()
                : LandingTarget.choose(request.targetLinkUri(), client.getRedirectUris(), client.getRootUrl(), client.getBaseUrl());
        if (target.isEmpty()) {
            LOG.warnf("team '%s': no enabled landing client with a base URL; set %s", team.get().id(),
                    TeamContract.LANDING_CLIENT_ATTRIBUTE);
            return reject(event.detail(Details.IDENTITY_PROVIDER, team.get().id()), ERROR_NO_LANDING);
        }
        if (hasSessionFor(team.get(), request.loginHint())) {
            return SecureRedirect.to(URI.create(target.get()));
        }
        AuthenticationSessionModel attempt = new BrowserAttempt(session, event).forLanding(client, target.get(), request.loginHint());
        Response brokerLogin = BrokerRedirect.to(session, realm, session.getContext().getUri().getBaseUri(), attempt,
                team.get().identityProvider());
        if (TileOrigin.isIssuerOrigin(session.getContext().getRequestHeaders().getHeaderString("Referer"), issuerOf(team.get()))) {
            return SecureRedirect.of(brokerLogin);
        }
        return pages.confirm(attempt, team.get().id(), issuerOf(team.get()), brokerLogin.getLocation());
    }

    /** No enabled team with this ID and issuer: the same refusal for every case, counted like a Team ID miss. */
    private Response miss(EventBuilder event) {
        if (!TeamId.isValid(teamId)) {
            return reject(event, ERROR_NOT_ACCEPTED);
        }
        TeamLookupThrottle throttle = TeamLookupThrottle.forAddress(session, session.getContext().getConnection().getRemoteAddr());
        if (throttle.isCoolingDown()) {
            event.error(ERROR_THROTTLED);
            return pages.coolingDown();
        }
        throttle.recordMiss();
        return reject(event, ERROR_NOT_ACCEPTED);
    }

    /** Whether this browser already has a Keycloak session of a member of the team (and of the hinted person). */
    private boolean hasSessionFor(Team team, String loginHint) {
        AuthenticationManager.AuthResult current = AuthenticationManager.authenticateIdentityCookie(session, realm, true);
        if (current == null) {
            return false;
        }
        UserModel user = current.user();
        boolean member = new TeamDirectory(session).ofMember(user).map(Team::id).filter(team.id()::equals).isPresent();
        return member && (loginHint == null || loginHint.trim().toLowerCase(Locale.ROOT).equals(
                user.getEmail() == null ? null : user.getEmail().toLowerCase(Locale.ROOT)));
    }

    private ClientModel landingClient(Team team) {
        return LandingClient.of(realm, team.organization());
    }

    private static String issuerOf(Team team) {
        return team.identityProvider().getConfig().get(TeamContract.IDP_ISSUER);
    }

    private Response reject(EventBuilder event, String error) {
        event.error(error);
        return pages.rejected();
    }
}
