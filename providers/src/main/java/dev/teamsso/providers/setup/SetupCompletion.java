package dev.teamsso.providers.setup;

import dev.teamsso.providers.broker.SignInRefusal;
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
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * The end of a set-up: its test sign-in came back through the team's Okta with a valid ID token
 * (Keycloak's broker checked it; the first-login step made the account, the admin-email rule
 * applied). Under the link's {@link LinkMutex}, and only if the link is still the team's, the
 * Organization is enabled, the IdP linked to it and the three set-up attributes removed, so the
 * link is dead for good.
 * The browser then sees the set-up page saying the team is live, with its tile URL; no platform
 * session is made by a test.
 */
public final class SetupCompletion {

    private static final Logger LOG = Logger.getLogger(SetupCompletion.class);

    private SetupCompletion() {
    }

    /** Ends the flow of a test sign-in of {@code team}: the live page, or the fixed refusal. */
    public static void complete(AuthenticationFlowContext context, Team team, UserModel user) {
        KeycloakSession session = context.getSession();
        Optional<SetupTestNote> note = SetupTestNote.of(context.getAuthenticationSession());
        Optional<PendingTeam> pending = note.flatMap(found -> PendingTeam.byToken(session, found.token(), Instant.now()))
                .filter(found -> found.organization().getId().equals(team.organization().getId()) && found.valuesAccepted());
        if (pending.isEmpty() || !LinkMutex.take(session, pending.get().tokenHash())) {
            LOG.infof("team '%s': a test sign-in came back for a link that is no longer usable", team.id());
            SignInRefusal.refuse(context, SetupContract.ERROR_UNKNOWN_LINK);
            return;
        }
        OrganizationModel organization = pending.get().organization();
        organization.setAttributes(withoutSetup(organization.getAttributes()));
        organization.setEnabled(true);
        session.getProvider(OrganizationProvider.class).addIdentityProvider(organization, team.identityProvider());
        SetupAudit.record(session, team.id(), SetupAudit.Step.TEST_SIGN_IN, user.getId());
        SetupAudit.record(session, team.id(), SetupAudit.Step.ENABLED, user.getId());
        LOG.infof("team '%s': set-up complete, the team is live", team.id());
        SetupUrls urls = new SetupUrls(session.getContext().getUri().getBaseUri(), context.getRealm().getName(), note.get().token());
        SetupPageBean live = new SetupPageBean(team.id(), SetupPageBean.Step.LIVE, urls, "",
                team.identityProvider().getConfig().get("issuer"), null, Map.of(), null);
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
