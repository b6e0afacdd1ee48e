package dev.teamsso.providers.team;

import java.util.List;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.managers.UserSessionManager;

/**
 * Ends every session of one account now: its browser sessions, its refresh tokens and its offline
 * tokens, and (through the user's not-before time) every token issued before this moment.
 * The one place that "sign this person out everywhere" is defined; Universal Logout, SCIM
 * deactivation and account retirement all call it.
 */
public final class AccountSessions {

    private AccountSessions() {
    }

    /** Ends all sessions of {@code user}; returns how many sessions (online plus offline) ended. */
    public static int endAll(KeycloakSession session, RealmModel realm, UserModel user) {
        session.users().setNotBeforeForUser(realm, user, Time.currentTime());
        List<UserSessionModel> online = session.sessions().getUserSessionsStream(realm, user).toList();
        online.forEach(userSession -> endOne(session, realm, userSession));
        List<UserSessionModel> offline = new UserSessionManager(session).findOfflineSessionsStream(realm, user).toList();
        offline.forEach(userSession -> endOne(session, realm, userSession));
        return online.size() + offline.size();
    }

    private static void endOne(KeycloakSession session, RealmModel realm, UserSessionModel userSession) {
        KeycloakContext context = session.getContext();
        // logoutBroker=false: the person's Okta session is Okta's to end; we end only ours.
        AuthenticationManager.backchannelLogout(session, realm, userSession, context.getUri(),
                context.getConnection(), context.getRequestHeaders(), false, userSession.isOffline());
    }
}
