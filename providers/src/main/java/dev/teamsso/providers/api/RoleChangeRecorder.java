package dev.teamsso.providers.api;

import dev.teamsso.providers.contract.TeamApiContract;
import dev.teamsso.providers.contract.TeamContract;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/**
 * Records a role change twice: a Keycloak admin event (operation {@code UPDATE}, resource type
 * {@value TeamApiContract#ADMIN_EVENT_RESOURCE_TYPE}, path {@code teams/{teamId}/members/{userId}/role},
 * the change as representation), stored in the same transaction as the change and shown under
 * the realm's Admin events; and a team-tagged audit line (logger
 * {@value TeamContract#AUDIT_LOG_CATEGORY}), written only once the transaction has committed.
 */
final class RoleChangeRecorder {

    private static final Logger AUDIT = Logger.getLogger(TeamContract.AUDIT_LOG_CATEGORY);

    private RoleChangeRecorder() {
    }

    static void record(KeycloakSession session, AuthResult caller, RoleChange change) {
        RealmModel realm = session.getContext().getRealm();
        AdminAuth auth = new AdminAuth(realm, caller.token(), caller.user(), caller.client());
        new AdminEventBuilder(realm, auth, session, session.getContext().getConnection())
                .operation(OperationType.UPDATE)
                .resource(TeamApiContract.ADMIN_EVENT_RESOURCE_TYPE)
                .resourcePath("teams", change.teamId(), TeamApiContract.PATH_MEMBERS, change.userId(), TeamApiContract.PATH_ROLE)
                .representation(change.representation())
                .detail(TeamContract.CLAIM_TEAM_ID, change.teamId())
                .success();
        Instant at = Instant.now();
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                AUDIT.infof("team=%s event=TEAM_ROLE_CHANGE by=%s user=%s from=%s to=%s at=%s", change.teamId(),
                        change.byUserId(), change.userId(), change.from(), change.to(), at);
            }

            @Override
            protected void rollbackImpl() {
                // the change did not happen: nothing to audit
            }
        });
    }
}
