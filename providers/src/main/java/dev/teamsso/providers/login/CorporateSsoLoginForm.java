package dev.teamsso.providers.login;

import dev.teamsso.providers.broker.BrokerRedirect;
import dev.teamsso.providers.setup.SetupTestReturn;
import dev.teamsso.providers.team.Team;
import dev.teamsso.providers.team.TeamDirectory;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordForm;
import org.keycloak.constants.AdapterConstants;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.validation.Validation;

/**
 * The platform's login form with Corporate SSO: the usual username and password form (Keycloak's
 * own), a "Corporate SSO" button that opens the Team ID page, and the Team ID lookup that sends
 * the person through Keycloak's broker to their team's Okta. {@code kc_idp_hint=<teamId>} skips
 * the page. Unknown and disabled teams get the same answer, and lookups are throttled.
 */
final class CorporateSsoLoginForm extends UsernamePasswordForm {

    static final String ACTION_FIELD = "team_sso_action";
    static final String ACTION_START = "start";
    static final String ACTION_LOOKUP = "lookup";
    static final String ACTION_BACK = "back";
    static final String TEAM_ID_FIELD = "team_id";
    static final String TEMPLATE = "team-id.ftl";

    static final String MESSAGE_MALFORMED = "teamSsoInvalidFormat";
    static final String MESSAGE_UNAVAILABLE = "teamSsoTeamUnavailable";
    static final String MESSAGE_TOO_MANY = "teamSsoTooManyAttempts";
    static final String ERROR_NO_SUCH_TEAM = "team_sso_team_unavailable";
    static final String ERROR_THROTTLED = "team_sso_throttled";

    private static final Logger LOG = Logger.getLogger(CorporateSsoLoginForm.class);

    private final ThrottleSettings throttleSettings;

    CorporateSsoLoginForm(ThrottleSettings throttleSettings) {
        this.throttleSettings = throttleSettings;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        Optional<Response> backToSetup = SetupTestReturn.afterFailedTest(context);
        if (backToSetup.isPresent()) {
            context.challenge(backToSetup.get());
            return;
        }
        String hint = context.getAuthenticationSession().getClientNote(AdapterConstants.KC_IDP_HINT);
        if (hint == null || hint.isBlank() || context.getForwardedErrorMessage() != null) {
            super.authenticate(context);
            return;
        }
        lookUp(context, TeamIdInput.of(hint));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String action = form.getFirst(ACTION_FIELD);
        if (ACTION_START.equals(action)) {
            context.challenge(teamIdPage(context, LastTeamCookie.read(context), null));
        } else if (ACTION_LOOKUP.equals(action)) {
            lookUp(context, TeamIdInput.of(form.getFirst(TEAM_ID_FIELD)));
        } else if (ACTION_BACK.equals(action)) {
            super.authenticate(context);
        } else {
            super.action(context);
        }
    }

    /** A team account never gets past here to a password check: see {@link TeamAccountLogin}. */
    @Override
    protected boolean validateForm(AuthenticationFlowContext context, MultivaluedMap<String, String> formData) {
        boolean userSetBefore = isUserAlreadySetBeforeUsernamePasswordAuth(context);
        if (TeamAccountLogin.isTeamAccount(context, formData, userSetBefore)) {
            TeamAccountLogin.refuse(context, userSetBefore);
            context.forceChallenge(challenge(context, getDefaultChallengeMessage(context), Validation.FIELD_USERNAME));
            return false;
        }
        return super.validateForm(context, formData);
    }

    private void lookUp(AuthenticationFlowContext context, TeamIdInput input) {
        if (!input.isWellFormed()) {
            context.challenge(teamIdPage(context, input.normalized(), MESSAGE_MALFORMED));
            return;
        }
        Optional<Team> team = new TeamDirectory(context.getSession()).findEnabled(input.normalized());
        if (team.isEmpty()) {
            // Only misses are throttled: a Team ID that finds an enabled team always goes through.
            TeamLookupThrottle throttle = new TeamLookupThrottle(throttleSettings, context.getSession(),
                    context.getAuthenticationSession(), context.getConnection().getRemoteAddr());
            if (throttle.isCoolingDown()) {
                context.getEvent().error(ERROR_THROTTLED);
                context.challenge(teamIdPage(context, input.normalized(), MESSAGE_TOO_MANY));
                return;
            }
            throttle.recordMiss();
            LOG.debugf("Team ID lookup found no enabled team for '%s'", input.normalized());
            context.getEvent().error(ERROR_NO_SUCH_TEAM);
            context.challenge(teamIdPage(context, input.normalized(), MESSAGE_UNAVAILABLE));
            return;
        }
        LastTeamCookie.write(context, team.get().id());
        context.forceChallenge(BrokerRedirect.to(context.getSession(), context.getRealm(), context.getUriInfo().getBaseUri(),
                context.getAuthenticationSession(), team.get().identityProvider()));
    }

    private static Response teamIdPage(AuthenticationFlowContext context, String teamId, String errorMessage) {
        LoginFormsProvider form = context.form().setAttribute("teamSso", new TeamIdPageBean(teamId));
        if (errorMessage != null) {
            form.addError(new FormMessage(TEAM_ID_FIELD, errorMessage));
        }
        return form.createForm(TEMPLATE);
    }
}
