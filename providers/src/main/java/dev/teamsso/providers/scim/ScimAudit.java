package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.TeamContract;
import org.jboss.logging.Logger;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;

/**
 * Team-tagged audit lines of the SCIM service (logger {@value TeamContract#AUDIT_LOG_CATEGORY}):
 * refused authentications at once, changes only once their transaction has committed. Never a
 * token, never an email.
 */
final class ScimAudit {

    private static final Logger AUDIT = Logger.getLogger(TeamContract.AUDIT_LOG_CATEGORY);

    private ScimAudit() {
    }

    static void refused(String teamId, String address, String reason) {
        AUDIT.warnf("team=%s event=SCIM_AUTH_REFUSED address=%s reason=%s", teamId, address, reason);
    }

    static void changed(KeycloakSession session, String teamId, String event, String resourceId) {
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                AUDIT.infof("team=%s event=%s id=%s", teamId, event, resourceId);
            }

            @Override
            protected void rollbackImpl() {
                // the change did not happen: nothing to audit
            }
        });
    }
}
