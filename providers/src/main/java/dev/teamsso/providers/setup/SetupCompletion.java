package dev.teamsso.providers.setup;

import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.team.Team;
import dev.teamsso.providers.contract.TeamSettings;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The end of a set-up: its test sign-in came back through the team's Okta with an ID token that
 * Keycloak's broker validated. Under the link's {@link LinkMutex}, and only if the link is still
 * the team's, the Organization is enabled, the IdP linked to it and the three set-up attributes
 * removed, so the link is dead for good. This runs in the team's first-login step before the
 * account is made (Keycloak makes a managed member of a disabled Organization read-only, so the
 * team must be live first; the admin-email rule then applies as for every team) and, for an
 * account that exists already, in the post-login step. The post-login step then shows the
 * set-up page saying the team is live, with its tile URL; a test never makes a platform session.
 */
public final class SetupCompletion {

    /** Client note set once this attempt completed its set-up: the Team ID. */
    static final String LIVE_NOTE = "team-sso.setup-live";

    private static final Logger LOG = Logger.getLogger(SetupCompletion.class);

    private SetupCompletion() {
    }

    /** Makes the pending team of this test sign-in live; false if its link is no longer usable or busy. */
    public static boolean complete(KeycloakSession session, AuthenticationSessionModel attempt, Team team) {
        Optional<PendingTeam> pending = SetupTestNote.of(attempt)
                .flatMap(note -> PendingTeam.byToken(session, note.token(), Instant.now()))
                .filter(found -> found.organization().getId().equals(team.organization().getId()) && found.valuesAccepted());
        if (pending.isEmpty() || !LinkMutex.take(session, pending.get().tokenHash())) {
            LOG.infof("team '%s': a test sign-in came back for a link that is no longer usable", team.id());
            return false;
        }
        OrganizationModel organization = pending.get().organization();
        organization.setAttributes(withoutSetup(organization.getAttributes()));
        organization.setEnabled(true);
        session.getProvider(OrganizationProvider.class).addIdentityProvider(organization, team.identityProvider());
        attempt.setClientNote(LIVE_NOTE, team.id());
        LOG.infof("team '%s': set-up complete, the team is live", team.id());
        return true;
    }

    /** Records the test sign-in and the team going live, naming the account the test made or used. */
    public static void recordLive(KeycloakSession session, String teamId, String userId) {
        SetupAudit.record(session, teamId, SetupAudit.Step.TEST_SIGN_IN, userId);
        SetupAudit.record(session, teamId, SetupAudit.Step.ENABLED, userId);
    }

    /** Whether this attempt is the test sign-in that made {@code team} live. */
    public static boolean madeLive(AuthenticationSessionModel attempt, Team team) {
        return team.id().equals(attempt.getClientNote(LIVE_NOTE));
    }

    /** Ends the test sign-in's flow on the set-up page saying the team is live. */
    public static void showLive(AuthenticationFlowContext context, Team team) {
        KeycloakSession session = context.getSession();
        String token = SetupTestNote.of(context.getAuthenticationSession()).map(SetupTestNote::token).orElse("");
        SetupUrls urls = new SetupUrls(session.getContext().getUri().getBaseUri(), context.getRealm().getName(), token);
        SetupPageBean live = new SetupPageBean(team.id(), SetupPageBean.Step.LIVE, urls, "",
                team.identityProvider().getConfig().get(TeamContract.IDP_ISSUER), null, Map.of(), null);
        Response page = SetupPage.show(session, context.form(), live, Response.Status.OK);
        context.challenge(page);
    }

    private static Map<String, List<String>> withoutSetup(Map<String, List<String>> attributes) {
        Map<String, List<String>> remaining = new LinkedHashMap<>(attributes);
        remaining.remove(TeamSettings.SETUP_TOKEN_HASH_ATTRIBUTE);
        remaining.remove(TeamSettings.SETUP_EXPIRES_ATTRIBUTE);
        remaining.remove(TeamSettings.SETUP_STATE_ATTRIBUTE);
        return remaining;
    }
}
