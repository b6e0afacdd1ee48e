package dev.teamsso.providers.team;

import dev.teamsso.providers.contract.TeamContract;
import org.jboss.logging.Logger;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * Deactivates and reactivates a team account, for SCIM and for the team API alike.
 * Deactivation disables the account and ends all its sessions now ({@link AccountSessions#endAll}):
 * refresh tokens fail, access tokens are refused, sign-in shows the "deactivated" page.
 * Reactivation enables the same account; its role and membership were never touched. Each change
 * gets a team-tagged audit line once its transaction has committed.
 */
public final class AccountActivation {

    private static final Logger AUDIT = Logger.getLogger(TeamContract.AUDIT_LOG_CATEGORY);

    private AccountActivation() {
    }

    /** Sets the account active or not; returns false when it already was. {@code by} names who did it, for the audit line. */
    public static boolean set(KeycloakSession session, Team team, UserModel user, boolean active, String by) {
        if (user.isEnabled() == active) {
            return false;
        }
        user.setEnabled(active);
        int ended = active ? 0 : AccountSessions.endAll(session, session.getContext().getRealm(), user);
        String event = active ? "TEAM_ACCOUNT_REACTIVATED" : "TEAM_ACCOUNT_DEACTIVATED";
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                AUDIT.infof("team=%s event=%s by=%s user=%s sessions-ended=%d", team.id(), event, by, user.getId(), ended);
            }

            @Override
            protected void rollbackImpl() {
                // the change did not happen: nothing to audit
            }
        });
        return true;
    }
}
