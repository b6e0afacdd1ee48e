package dev.teamsso.providers.scim;

import dev.teamsso.providers.login.MissWindow;
import java.util.Map;
import org.keycloak.common.util.Time;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Failed SCIM authentications counted per client address in a fixed window, in Keycloak's
 * cluster-wide single-use object store: after {@value #LIMIT} failures within
 * {@value #WINDOW_SECONDS} s that address gets 429 until the window closes, even with a good
 * token. Counted per address, not per team, so nobody can lock a team's Okta out.
 */
final class ScimThrottle {

    static final int LIMIT = 10;
    static final int WINDOW_SECONDS = 60;
    private static final long WINDOW_MILLIS = WINDOW_SECONDS * 1000L;
    private static final String KEY_PREFIX = "team-sso.scim-failures:";

    private final SingleUseObjectProvider store;
    private final String key;

    ScimThrottle(SingleUseObjectProvider store, String clientAddress) {
        this.store = store;
        this.key = KEY_PREFIX + clientAddress;
    }

    boolean isCoolingDown() {
        return window().blocks(Time.currentTimeMillis(), WINDOW_MILLIS, LIMIT);
    }

    void recordFailure() {
        long now = Time.currentTimeMillis();
        MissWindow next = window().afterMiss(now, WINDOW_MILLIS);
        store.put(key, Math.max(1, next.remainingMillis(now, WINDOW_MILLIS) / 1000), next.toNotes());
    }

    private MissWindow window() {
        Map<String, String> notes = store.get(key);
        return notes == null ? MissWindow.NONE : MissWindow.fromNotes(notes::get);
    }
}
