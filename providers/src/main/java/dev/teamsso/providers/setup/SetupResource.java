package dev.teamsso.providers.setup;

import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.login.AddressMisses;
import dev.teamsso.providers.login.TeamLookupThrottle;
import dev.teamsso.providers.contract.OutboundUrlRule;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;

/**
 * {@code /realms/{realm}/teams/setup/{token}}: a pending team's one-time set-up link. GET shows
 * what to create in Okta and the values form (or the test sign-in step); a form post saves the
 * values ({@link SetupValues}); {@code test} starts the test sign-in. An unusable link gets one
 * fixed page and counts as a Team ID miss of the client address; failed value submissions are
 * throttled per address too. Every post carries the link's {@link SetupCsrf} token.
 */
public final class SetupResource {

    static final int FAILED_SUBMISSIONS_PER_ADDRESS = 10;
    static final long FAILED_SUBMISSIONS_WINDOW_SECONDS = 600;
    private static final String SUBMISSION_SCOPE = "setup-values:";

    private final KeycloakSession session;
    private final String token;
    private final OutboundUrlRule rule;
    private final SetupUrls urls;
    private final SetupCsrf csrf;

    public SetupResource(KeycloakSession session, String token, OutboundUrlRule rule) {
        this.session = session;
        this.token = token;
        this.rule = rule;
        this.urls = new SetupUrls(session.getContext().getUri().getBaseUri(), session.getContext().getRealm().getName(), token);
        this.csrf = new SetupCsrf(session, session.getContext().getRealm());
    }

    @GET
    public Response page(@QueryParam(SetupContract.PARAM_TEST_FAILED) String testFailed) {
        Optional<PendingTeam> team = find();
        if (team.isEmpty()) {
            return miss();
        }
        String notice = testFailed == null ? null
                : SetupContract.TEST_FAILED_ACCESS_DENIED.equals(testFailed) ? "teamSsoSetupTestDenied" : "teamSsoSetupTestFailed";
        return stepPage(team.get(), Map.of(), notice, Response.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submitValues() {
        Optional<PendingTeam> team = find();
        if (team.isEmpty()) {
            return miss();
        }
        MultivaluedMap<String, String> form = session.getContext().getHttpRequest().getDecodedFormParameters();
        String issuer = form.getFirst(SetupContract.FIELD_ISSUER);
        String clientId = form.getFirst(SetupContract.FIELD_CLIENT_ID);
        if (!csrf.accepts(form.getFirst(SetupContract.FIELD_CSRF), team.get().tokenHash())) {
            return valuesPage(team.get(), issuer, clientId, Map.of(), "teamSsoSetupFormRefused", Response.Status.FORBIDDEN);
        }
        AddressMisses failures = failedSubmissions();
        if (failures.blocks()) {
            return SetupPage.coolingDown(session);
        }
        if (!LinkMutex.take(session, team.get().tokenHash())) {
            return valuesPage(team.get(), issuer, clientId, Map.of(), "teamSsoSetupBusy", Response.Status.CONFLICT);
        }
        Map<String, String> errors = new SetupValues(session, rule).submit(team.get(), issuer, clientId,
                form.getFirst(SetupContract.FIELD_CLIENT_SECRET));
        if (!errors.isEmpty()) {
            failures.record();
            return valuesPage(team.get(), issuer, clientId, errors, null, Response.Status.BAD_REQUEST);
        }
        SetupAudit.record(session, team.get().teamId(), SetupAudit.Step.VALUES_ACCEPTED, null);
        return SetupHeaders.apply(session, Response.seeOther(java.net.URI.create(urls.valuesAction())).build());
    }

    @POST
    @Path(SetupContract.TEST_PATH)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startTest() {
        Optional<PendingTeam> team = find();
        if (team.isEmpty()) {
            return miss();
        }
        MultivaluedMap<String, String> form = session.getContext().getHttpRequest().getDecodedFormParameters();
        if (!csrf.accepts(form.getFirst(SetupContract.FIELD_CSRF), team.get().tokenHash())) {
            return stepPage(team.get(), Map.of(), "teamSsoSetupFormRefused", Response.Status.FORBIDDEN);
        }
        Optional<IdentityProviderModel> idp = team.get().identityProvider(session);
        if (!team.get().valuesAccepted() || idp.isEmpty()) {
            return stepPage(team.get(), Map.of(), null, Response.Status.CONFLICT);
        }
        return SetupTestStart.redirect(session, team.get(), idp.get(), token)
                .map(redirect -> SetupHeaders.apply(session, redirect))
                .orElseGet(() -> stepPage(team.get(), Map.of(), "teamSsoSetupNoLandingClient", Response.Status.CONFLICT));
    }

    private Optional<PendingTeam> find() {
        return PendingTeam.byToken(session, token, Instant.now());
    }

    /** No usable link: the same page for unknown, expired, revoked and completed; counted like a Team ID miss. */
    private Response miss() {
        TeamLookupThrottle throttle = TeamLookupThrottle.forAddress(session, session.getContext().getConnection().getRemoteAddr());
        if (throttle.isCoolingDown()) {
            return SetupPage.coolingDown(session);
        }
        throttle.recordMiss();
        return SetupPage.unusable(session);
    }

    private AddressMisses failedSubmissions() {
        return new AddressMisses(session.singleUseObjects(), SUBMISSION_SCOPE, session.getContext().getConnection().getRemoteAddr(),
                FAILED_SUBMISSIONS_PER_ADDRESS, FAILED_SUBMISSIONS_WINDOW_SECONDS);
    }

    private Response stepPage(PendingTeam team, Map<String, String> errors, String notice, Response.Status status) {
        if (!team.valuesAccepted()) {
            return valuesPage(team, null, null, errors, notice, status);
        }
        String issuer = team.identityProvider(session).map(idp -> idp.getConfig().get(TeamContract.IDP_ISSUER)).orElse(null);
        String clientId = team.identityProvider(session).map(idp -> idp.getConfig().get(TeamContract.IDP_CLIENT_ID)).orElse(null);
        return SetupPage.show(session, new SetupPageBean(team.teamId(), SetupPageBean.Step.TEST, urls,
                csrf.tokenFor(team.tokenHash()), issuer, clientId, errors, notice), status);
    }

    private Response valuesPage(PendingTeam team, String issuer, String clientId, Map<String, String> errors, String notice,
                                Response.Status status) {
        return SetupPage.show(session, new SetupPageBean(team.teamId(), SetupPageBean.Step.VALUES, urls,
                csrf.tokenFor(team.tokenHash()), issuer, clientId, errors, notice), status);
    }
}
