package dev.teamsso.providers.firstlogin;

import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.scim.ProvisionedAccounts;
import dev.teamsso.providers.team.AccountOrigin;
import dev.teamsso.providers.team.Team;
import dev.teamsso.providers.team.TeamRoles;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.models.UserModel;

/**
 * The part of a first sign-in that claims the account the team's SCIM client made for this
 * person ({@link ProvisionedAccounts}): an active one becomes this sign-in's account (Keycloak
 * then links it to the Okta identity), a deactivated one is refused with the "your team has
 * deactivated this account" page. Nothing happens when SCIM made no account for the person.
 */
final class ProvisionedAccountStep {

    static final String ERROR_ACCOUNT_DEACTIVATED = "team_sso_account_deactivated";
    static final String MESSAGE_ACCOUNT_DEACTIVATED = "teamSsoAccountDeactivated";

    private static final Logger LOG = Logger.getLogger(ProvisionedAccountStep.class);

    private ProvisionedAccountStep() {
    }

    /**
     * True when this step ended the flow (success or refusal); false when the person has no SCIM
     * account. A claimed account records the issuer and subject it is now bound to ({@code origin}),
     * which every later sign-in must match.
     */
    static boolean handled(AuthenticationFlowContext context, Team team, BrokeredIdentityContext brokerContext,
                           AccountOrigin origin) {
        Optional<UserModel> provisioned = new ProvisionedAccounts(context.getSession(), team)
                .forFirstSignIn(brokerContext.getId(), brokerContext.getUsername());
        if (provisioned.isEmpty()) {
            return false;
        }
        UserModel user = provisioned.get();
        context.getEvent().user(user).detail(TeamContract.CLAIM_TEAM_ID, team.id());
        if (!user.isEnabled()) {
            LOG.infof("team '%s': first sign-in to deactivated account %s refused", team.id(), user.getId());
            context.getEvent().error(ERROR_ACCOUNT_DEACTIVATED);
            Response page = context.form().setError(MESSAGE_ACCOUNT_DEACTIVATED).createErrorPage(Response.Status.FORBIDDEN);
            context.failure(AuthenticationFlowError.USER_DISABLED, page);
            return true;
        }
        LOG.infof("team '%s': first sign-in claims the account its SCIM made, %s", team.id(), user.getId());
        context.getEvent().detail(TeamContract.CLAIM_TEAM_ROLE, new TeamRoles(context.getSession()).roleOf(team, user));
        origin.recordOn(user);
        context.setUser(user);
        context.success();
        return true;
    }
}
