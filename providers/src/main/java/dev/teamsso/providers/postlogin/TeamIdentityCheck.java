package dev.teamsso.providers.postlogin;

import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.broker.SignInRefusal;
import dev.teamsso.providers.setup.SetupCompletion;
import dev.teamsso.providers.setup.SetupContract;
import dev.teamsso.providers.setup.SetupGate;
import dev.teamsso.providers.team.AccountOrigin;
import dev.teamsso.providers.team.Team;
import dev.teamsso.providers.team.TeamDirectory;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.broker.util.PostBrokerLoginConstants;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Every sign-in through a team's Okta, first or returning: the issuer and subject of the ID
 * token must be exactly the ones the account was made through. A team re-pointed to another
 * issuer, or an IdP link whose subject differs in case only, never signs anyone into the old
 * account. An account made before origins were recorded gets its origin on this sign-in.
 * A pending team refuses every sign-in but its set-up's test, which completes the set-up.
 */
final class TeamIdentityCheck implements Authenticator {

    static final String ERROR_NO_TEAM = "team_sso_not_a_team";
    static final String ERROR_OTHER_ORIGIN = "team_sso_other_issuer";

    private static final Logger LOG = Logger.getLogger(TeamIdentityCheck.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        SerializedBrokeredIdentityContext serialized = SerializedBrokeredIdentityContext.readFromAuthenticationSession(
                context.getAuthenticationSession(), PostBrokerLoginConstants.PBL_BROKERED_IDENTITY_CONTEXT);
        UserModel user = context.getUser();
        if (serialized == null || user == null) {
            SignInRefusal.refuse(context, ERROR_NO_TEAM);
            return;
        }
        BrokeredIdentityContext brokerContext = serialized.deserialize(context.getSession(), context.getAuthenticationSession());
        Optional<Team> team = new TeamDirectory(context.getSession()).forIdentityProvider(brokerContext.getIdpConfig());
        Optional<Team> setupTest = team.isPresent() ? Optional.empty()
                : SetupGate.testTeam(context.getSession(), context.getAuthenticationSession(), brokerContext.getIdpConfig());
        team = team.or(() -> setupTest);
        if (team.isEmpty()) {
            SignInRefusal.refuse(context, ERROR_NO_TEAM);
            return;
        }
        AccountOrigin origin = AccountOrigin.of(brokerContext);
        if (!AccountOrigin.isRecordedOn(user)) {
            LOG.infof("team '%s': recording the issuer and subject of account %s, made before they were recorded",
                    team.get().id(), user.getId());
            origin.recordOn(user);
        } else if (!origin.matches(user)) {
            LOG.warnf("team '%s': account %s was made through another issuer or subject; refusing the sign-in",
                    team.get().id(), user.getId());
            context.getEvent().user(user).detail(TeamContract.CLAIM_TEAM_ID, team.get().id());
            SignInRefusal.refuse(context, ERROR_OTHER_ORIGIN);
            return;
        }
        if (setupTest.isPresent()) {
            // an account that existed before this test (its first sign-in came earlier): finish here
            if (!SetupCompletion.complete(context.getSession(), context.getAuthenticationSession(), setupTest.get())) {
                SignInRefusal.refuse(context, SetupContract.ERROR_UNKNOWN_LINK);
                return;
            }
            SetupCompletion.recordLive(context.getSession(), team.get().id(), user.getId());
        }
        if (SetupCompletion.madeLive(context.getAuthenticationSession(), team.get())) {
            SetupCompletion.showLive(context, team.get());
            return;
        }
        if (SetupGate.isPending(team.get())) {
            SignInRefusal.refuse(context, SetupContract.ERROR_PENDING_TEAM);
            return;
        }
        context.success();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // this step shows no form, so it never receives one
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        // nothing to set up
    }

    @Override
    public void close() {
        // nothing held
    }
}
