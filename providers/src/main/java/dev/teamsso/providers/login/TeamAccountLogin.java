package dev.teamsso.providers.login;

import dev.teamsso.providers.team.TeamAccount;
import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * The password branch of the login form never serves a team account: a team account signs in
 * only through its team's IdP. The decision is made before any password is checked, and the
 * refusal records no failed login, so nobody can lock a person out of Okta sign-in by typing
 * wrong passwords for their username.
 */
final class TeamAccountLogin {

    private TeamAccountLogin() {
    }

    /** Whether the form names (or the flow already holds) a team account. */
    static boolean isTeamAccount(AuthenticationFlowContext context, MultivaluedMap<String, String> form,
                                 boolean userSetBefore) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = userSetBefore ? context.getUser() : named(session, realm, form.getFirst(AuthenticationManager.FORM_USERNAME));
        return TeamAccount.isTeamAccount(session, realm, user);
    }

    /**
     * Refuses as for an unknown user (same message, a dummy hash for the same timing), without a
     * failure the brute-force guard would count and without keeping the attempted username.
     */
    static void refuse(AuthenticationFlowContext context, boolean userSetBefore) {
        AuthenticatorUtils.dummyHash(context);
        context.getAuthenticationSession().removeAuthNote(CorporateSsoLoginForm.ATTEMPTED_USERNAME);
        if (!userSetBefore) {
            context.clearUser();
        }
        context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
    }

    private static UserModel named(KeycloakSession session, RealmModel realm, String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        try {
            return KeycloakModelUtils.findUserByNameOrEmail(session, realm, username.trim());
        } catch (ModelDuplicateException duplicate) {
            return null;
        }
    }
}
