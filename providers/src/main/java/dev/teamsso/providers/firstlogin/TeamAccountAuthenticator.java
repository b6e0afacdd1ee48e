package dev.teamsso.providers.firstlogin;

import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.broker.SignInRefusal;
import dev.teamsso.providers.contract.AccountName;
import dev.teamsso.providers.setup.SetupCompletion;
import dev.teamsso.providers.setup.SetupContract;
import dev.teamsso.providers.setup.SetupGate;
import dev.teamsso.providers.team.AccountOrigin;
import dev.teamsso.providers.team.Team;
import dev.teamsso.providers.team.TeamDirectory;
import dev.teamsso.providers.team.TeamRoles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.broker.AbstractIdpAuthenticator;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.broker.provider.AbstractIdentityProvider;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.models.FederatedIdentityModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * First sign-in through a team's Okta: creates the account without any form, keyed on (team
 * IdP, Okta {@code sub}) and never on email, makes it a managed member of the team, and makes
 * it team admin when the signed ID token says the email is verified and it equals the team's
 * admin email. Never links to, or takes over, an existing account; the one exception is its own
 * account for the same (team, sub) whose first sign-in was cut off before Keycloak saved the link.
 * A pending team (set-up not finished) admits only its set-up's test sign-in ({@link SetupGate}),
 * which first makes the team live ({@link SetupCompletion}).
 */
final class TeamAccountAuthenticator extends AbstractIdpAuthenticator {

    static final String ERROR_NOT_A_TEAM = "team_sso_not_a_team";
    static final String ERROR_ACCOUNT_CONFLICT = "team_sso_account_conflict";

    private static final Logger LOG = Logger.getLogger(TeamAccountAuthenticator.class);

    @Override
    protected void authenticateImpl(AuthenticationFlowContext context, SerializedBrokeredIdentityContext serializedCtx,
                                    BrokeredIdentityContext brokerContext) {
        KeycloakSession session = context.getSession();
        Optional<Team> setupTest = SetupGate.testTeam(session, context.getAuthenticationSession(), brokerContext.getIdpConfig());
        if (setupTest.isPresent() && !SetupCompletion.complete(session, context.getAuthenticationSession(), setupTest.get())) {
            SignInRefusal.refuse(context, SetupContract.ERROR_UNKNOWN_LINK);
            return;
        }
        // a completed set-up's team is now an ordinary enabled team: read it afresh, like any other
        Optional<Team> team = setupTest.isPresent() ? new TeamDirectory(session).findEnabled(setupTest.get().id())
                : new TeamDirectory(session).forIdentityProvider(brokerContext.getIdpConfig()).filter(Team::isEnabled);
        if (team.isEmpty()) {
            SignInRefusal.refuse(context, ERROR_NOT_A_TEAM);
            return;
        }
        AccountOrigin origin = AccountOrigin.of(brokerContext);
        if (ProvisionedAccountStep.handled(context, team.get(), brokerContext, origin)) {
            return;
        }
        String username = AccountName.of(team.get().id(), brokerContext.getId());
        UserModel existing = session.users().getUserByUsername(context.getRealm(), username);
        if (existing != null && !isUnlinkedTeamAccount(session, context.getRealm(), team.get(), existing, origin)) {
            LOG.warnf("team '%s': an account named '%s' exists without this Okta link; refusing to link it", team.get().id(), username);
            SignInRefusal.refuse(context, ERROR_ACCOUNT_CONFLICT);
            return;
        }
        UserModel user;
        String role;
        if (existing != null) {
            // Keycloak adds the Okta link in the request after this flow; an earlier first sign-in
            // of this very (team, sub) stopped in between (browser closed, server crash): finish it.
            LOG.infof("team '%s': completing an interrupted first sign-in, account %s", team.get().id(), existing.getId());
            user = existing;
            role = new TeamRoles(session).roleOf(team.get(), user);
        } else {
            user = createAccount(session, context.getRealm(), username, origin, serializedCtx);
            role = joinTeam(session, team.get(), user, brokerContext);
        }
        context.getEvent()
                .user(user)
                .detail(TeamContract.CLAIM_TEAM_ID, team.get().id())
                .detail(TeamContract.CLAIM_TEAM_ROLE, role);
        if (setupTest.isPresent()) {
            SetupCompletion.recordLive(session, team.get().id(), user.getId());
        }
        context.setUser(user);
        context.getAuthenticationSession().setAuthNote(AbstractIdentityProvider.BROKER_REGISTERED_NEW_USER, "true");
        context.success();
    }

    @Override
    protected void actionImpl(AuthenticationFlowContext context, SerializedBrokeredIdentityContext serializedCtx,
                              BrokeredIdentityContext brokerContext) {
        // this step shows no form, so it never receives one
    }

    /**
     * An account this step made for the team (a managed member, which only the team's broker
     * sign-in creates) that has no identity-provider link at all: its first sign-in was cut off
     * before Keycloak saved the link. It must have been made through exactly this issuer and
     * subject; the username alone is never enough.
     */
    private static boolean isUnlinkedTeamAccount(KeycloakSession session, RealmModel realm, Team team, UserModel account,
                                                 AccountOrigin origin) {
        try (Stream<FederatedIdentityModel> links = session.users().getFederatedIdentitiesStream(realm, account)) {
            return session.getProvider(OrganizationProvider.class).isManagedMember(team.organization(), account)
                    && origin.matches(account)
                    && links.findAny().isEmpty();
        }
    }

    private static UserModel createAccount(KeycloakSession session, RealmModel realm, String username, AccountOrigin origin,
                                           SerializedBrokeredIdentityContext serializedCtx) {
        UserModel user = session.users().addUser(realm, username);
        user.setEnabled(true);
        for (Map.Entry<String, List<String>> attribute : serializedCtx.getAttributes().entrySet()) {
            if (!UserModel.USERNAME.equalsIgnoreCase(attribute.getKey())) {
                user.setAttribute(attribute.getKey(), attribute.getValue());
            }
        }
        origin.recordOn(user);
        return user;
    }

    private static String joinTeam(KeycloakSession session, Team team, UserModel user, BrokeredIdentityContext brokerContext) {
        session.getProvider(OrganizationProvider.class).addManagedMember(team.organization(), user);
        if (AdminEmailGrant.offer(session, team, user, brokerContext)) {
            LOG.infof("team '%s': first sign-in of the team admin, account %s", team.id(), user.getId());
        }
        return new TeamRoles(session).roleOf(team, user);
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }
}
