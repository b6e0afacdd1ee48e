package dev.teamsso.providers.logout;

import dev.teamsso.providers.contract.LogoutContract;
import dev.teamsso.providers.contract.TeamContract;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * Records every call twice: one Keycloak event ({@code LOGOUT} when done, {@code LOGOUT_ERROR}
 * with the error code when refused), tagged with {@code team_id} and the subject format; and one
 * audit line (logger {@value TeamContract#AUDIT_LOG_CATEGORY}) with the team, the Okta user ID
 * of an {@code iss_sub} subject, the account IDs and the outcome. Never a token or an email.
 */
final class LogoutRecorder {

    private static final Logger AUDIT = Logger.getLogger(TeamContract.AUDIT_LOG_CATEGORY);

    private final KeycloakSession session;
    private final String teamId;

    LogoutRecorder(KeycloakSession session, String teamId) {
        this.session = session;
        this.teamId = teamId;
    }

    /** The sessions of {@code accounts} ended; the line is written once that has committed. */
    void done(RevocationSubject subject, List<UserModel> accounts, int sessions) {
        List<String> ids = accounts.stream().map(UserModel::getId).toList();
        EventBuilder event = event(EventType.LOGOUT, subject)
                .detail(LogoutContract.DETAIL_ACCOUNTS, String.join(",", ids))
                .detail(LogoutContract.DETAIL_SESSIONS, Integer.toString(sessions));
        if (ids.size() == 1) {
            event.user(ids.get(0));
        }
        event.success();
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                line(subject, String.join(",", ids), sessions, "done");
            }

            @Override
            protected void rollbackImpl() {
                line(subject, String.join(",", ids), 0, LogoutContract.ERROR_REVOCATION_FAILED);
            }
        });
    }

    /** The request was refused; {@code subject} is null when the body was not read (yet). */
    void refused(RevocationSubject subject, RevocationError error) {
        event(EventType.LOGOUT_ERROR, subject).error(error.code());
        line(subject, "-", 0, error.code());
    }

    private EventBuilder event(EventType type, RevocationSubject subject) {
        return new EventBuilder(session.getContext().getRealm(), session, session.getContext().getConnection())
                .event(type)
                .detail(TeamContract.CLAIM_TEAM_ID, teamId)
                .detail(LogoutContract.DETAIL_SUBJECT_FORMAT, subject == null ? "-" : subject.format());
    }

    private void line(RevocationSubject subject, String accounts, int sessions, String outcome) {
        AUDIT.infof("team=%s event=TEAM_UNIVERSAL_LOGOUT format=%s subject=%s accounts=%s sessions=%d outcome=%s",
                teamId, subject == null ? "-" : subject.format(), subject == null ? "-" : subject.loggable(),
                accounts, sessions, outcome);
    }
}
