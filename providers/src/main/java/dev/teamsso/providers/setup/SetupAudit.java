package dev.teamsso.providers.setup;

import dev.teamsso.providers.contract.TeamContract;
import org.jboss.logging.Logger;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/**
 * Each step of a set-up, recorded twice: a Keycloak admin event (resource type
 * {@value SetupContract#ADMIN_EVENT_RESOURCE_TYPE}, path {@code teams/{teamId}/setup/{step}},
 * stored with the change, shown under the realm's Admin events; no admin made it, so it names
 * the realm and the client address only) and a team-tagged audit line (logger
 * {@value TeamContract#AUDIT_LOG_CATEGORY}) once the transaction committed. Never the secret,
 * the link or an email.
 */
final class SetupAudit {

    /** The steps, as audit events and admin-event paths. */
    enum Step {
        VALUES_ACCEPTED("TEAM_SETUP_VALUES_ACCEPTED", "values-accepted", OperationType.UPDATE),
        TEST_SIGN_IN("TEAM_SETUP_TEST_SIGN_IN", "test-sign-in", OperationType.ACTION),
        ENABLED("TEAM_SETUP_ENABLED", "enabled", OperationType.UPDATE);

        final String event;
        final String path;
        final OperationType operation;

        Step(String event, String path, OperationType operation) {
            this.event = event;
            this.path = path;
            this.operation = operation;
        }
    }

    private static final Logger AUDIT = Logger.getLogger(TeamContract.AUDIT_LOG_CATEGORY);

    private SetupAudit() {
    }

    static void record(KeycloakSession session, String teamId, Step step, String userId) {
        RealmModel realm = session.getContext().getRealm();
        String address = session.getContext().getConnection().getRemoteAddr();
        new SetupAdminEvent(realm, session, address, seed(realm, address, userId))
                .operation(step.operation)
                .resource(SetupContract.ADMIN_EVENT_RESOURCE_TYPE)
                .resourcePath("teams", teamId, SetupContract.PATH, step.path)
                .detail(TeamContract.CLAIM_TEAM_ID, teamId)
                .success();
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                AUDIT.infof("team=%s event=%s user=%s address=%s", teamId, step.event, userId == null ? "-" : userId, address);
            }

            @Override
            protected void rollbackImpl() {
                // the step did not happen: nothing to audit
            }
        });
    }

    private static AdminEvent seed(RealmModel realm, String address, String userId) {
        AdminEvent event = new AdminEvent();
        event.setRealmId(realm.getId());
        event.setRealmName(realm.getName());
        AuthDetails auth = new AuthDetails();
        auth.setRealmId(realm.getId());
        auth.setRealmName(realm.getName());
        auth.setIpAddress(address);
        auth.setUserId(userId);
        event.setAuthDetails(auth);
        return event;
    }

    /** Keycloak's builder, seeded with an event that names no admin (there is none). */
    private static final class SetupAdminEvent extends AdminEventBuilder {
        SetupAdminEvent(RealmModel realm, KeycloakSession session, String address, AdminEvent seed) {
            super(realm, null, session, address, seed);
        }
    }
}
