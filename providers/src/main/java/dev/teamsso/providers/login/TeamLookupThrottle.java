package dev.teamsso.providers.login;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Throttles Team ID lookups per sign-in attempt (an authentication-session note, distributed
 * with the authentication session) and per client address ({@link AddressMisses}: Keycloak's
 * cluster-wide single-use object store, counted atomically). Nothing is kept on the node.
 */
final class TeamLookupThrottle {

    private static final String ATTEMPT_NOTE_PREFIX = "team-sso.misses.";

    private final ThrottleSettings settings;
    private final AuthenticationSessionModel attempt;
    private final AddressMisses addressMisses;

    TeamLookupThrottle(ThrottleSettings settings, KeycloakSession session, AuthenticationSessionModel attempt, String clientAddress) {
        this.settings = settings;
        this.attempt = attempt;
        this.addressMisses = new AddressMisses(session.singleUseObjects(), clientAddress, settings.missesPerAddress(),
                settings.windowSeconds());
    }

    boolean isCoolingDown() {
        long now = Time.currentTimeMillis();
        return attemptWindow().blocks(now, settings.windowMillis(), settings.missesPerAttempt())
                || addressMisses.blocks();
    }

    void recordMiss() {
        long now = Time.currentTimeMillis();
        MissWindow attemptWindow = attemptWindow().afterMiss(now, settings.windowMillis());
        attemptWindow.toNotes().forEach((name, value) -> attempt.setAuthNote(ATTEMPT_NOTE_PREFIX + name, value));
        addressMisses.record();
    }

    private MissWindow attemptWindow() {
        return MissWindow.fromNotes(name -> attempt.getAuthNote(ATTEMPT_NOTE_PREFIX + name));
    }
}
