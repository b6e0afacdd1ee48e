package dev.teamsso.providers.setup;

import java.util.Optional;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Marks a sign-in attempt as the test sign-in of one pending team's set-up: a client note of
 * the authentication session, {@value SetupContract#TEST_NOTE}, holding the Team ID and the
 * link's token (so that a failed test can lead back to the set-up page; it lives only in the
 * authentication session). A client note, not an auth note: Keycloak clears the auth notes
 * when the first-broker-login flow starts. Only an attempt carrying it may pass a pending team.
 */
public record SetupTestNote(String teamId, String token) {

    static void mark(AuthenticationSessionModel attempt, String teamId, String token) {
        attempt.setClientNote(SetupContract.TEST_NOTE, teamId + " " + token);
    }

    /** The note of this attempt, if it is a set-up's test sign-in. */
    public static Optional<SetupTestNote> of(AuthenticationSessionModel attempt) {
        String note = attempt == null ? null : attempt.getClientNote(SetupContract.TEST_NOTE);
        int space = note == null ? -1 : note.indexOf(' ');
        if (space <= 0) {
            return Optional.empty();
        }
        return Optional.of(new SetupTestNote(note.substring(0, space), note.substring(space + 1)));
    }

    /** Whether this attempt is the test sign-in of team {@code teamId}. */
    public static boolean isTestOf(AuthenticationSessionModel attempt, String teamId) {
        return of(attempt).map(SetupTestNote::teamId).filter(teamId::equals).isPresent();
    }
}
