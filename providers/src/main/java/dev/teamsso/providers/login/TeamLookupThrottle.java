package dev.teamsso.providers.login;

import java.util.Map;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Throttles Team ID lookups per sign-in attempt (an authentication-session note) and per client
 * address (Keycloak's cluster-wide single-use object store, expiring with the window).
 */
final class TeamLookupThrottle {

    private static final String ATTEMPT_NOTE_PREFIX = "team-sso.misses.";
    private static final String ADDRESS_KEY_PREFIX = "team-sso.misses:";

    private final ThrottleSettings settings;
    private final SingleUseObjectProvider store;
    private final AuthenticationSessionModel attempt;
    private final String addressKey;

    TeamLookupThrottle(ThrottleSettings settings, KeycloakSession session, AuthenticationSessionModel attempt, String clientAddress) {
        this.settings = settings;
        this.store = session.singleUseObjects();
        this.attempt = attempt;
        this.addressKey = ADDRESS_KEY_PREFIX + clientAddress;
    }

    boolean isCoolingDown() {
        long now = Time.currentTimeMillis();
        return attemptWindow().blocks(now, settings.windowMillis(), settings.missesPerAttempt())
                || addressWindow().blocks(now, settings.windowMillis(), settings.missesPerAddress());
    }

    void recordMiss() {
        long now = Time.currentTimeMillis();
        MissWindow attemptWindow = attemptWindow().afterMiss(now, settings.windowMillis());
        attemptWindow.toNotes().forEach((name, value) -> attempt.setAuthNote(ATTEMPT_NOTE_PREFIX + name, value));

        MissWindow addressWindow = addressWindow().afterMiss(now, settings.windowMillis());
        long lifespanSeconds = Math.max(1, addressWindow.remainingMillis(now, settings.windowMillis()) / 1000);
        store.put(addressKey, lifespanSeconds, addressWindow.toNotes());
    }

    private MissWindow attemptWindow() {
        return MissWindow.fromNotes(name -> attempt.getAuthNote(ATTEMPT_NOTE_PREFIX + name));
    }

    private MissWindow addressWindow() {
        Map<String, String> notes = store.get(addressKey);
        return notes == null ? MissWindow.NONE : MissWindow.fromNotes(notes::get);
    }
}
