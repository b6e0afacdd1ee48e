package dev.teamsso.providers.scim;

import dev.teamsso.providers.login.MissWindow;
import java.util.Map;
import org.keycloak.common.util.Time;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Failed SCIM authentications counted in fixed windows of {@value #WINDOW_SECONDS} s, in
 * Keycloak's cluster-wide single-use object store: {@value #PER_TEAM} failures from one client
 * address on one team's path, or {@value #PER_ADDRESS} on any teams' paths, and that address gets
 * 429 there until the window closes, even with a good token. Counted per address, never per team
 * alone, so nobody can lock a team's Okta out from elsewhere.
 */
final class ScimThrottle {

    static final int PER_TEAM = 10;
    static final int PER_ADDRESS = 100;
    static final int WINDOW_SECONDS = 60;
    private static final long WINDOW_MILLIS = WINDOW_SECONDS * 1000L;
    private static final String KEY_PREFIX = "team-sso.scim-failures:";

    private final SingleUseObjectProvider store;
    private final String teamKey;
    private final String addressKey;

    ScimThrottle(SingleUseObjectProvider store, String clientAddress, String teamId) {
        this.store = store;
        this.addressKey = KEY_PREFIX + clientAddress;
        this.teamKey = addressKey + ":" + teamId;
    }

    boolean isCoolingDown() {
        long now = Time.currentTimeMillis();
        return window(teamKey).blocks(now, WINDOW_MILLIS, PER_TEAM) || window(addressKey).blocks(now, WINDOW_MILLIS, PER_ADDRESS);
    }

    void recordFailure() {
        record(teamKey);
        record(addressKey);
    }

    private void record(String key) {
        long now = Time.currentTimeMillis();
        MissWindow next = window(key).afterMiss(now, WINDOW_MILLIS);
        store.put(key, Math.max(1, next.remainingMillis(now, WINDOW_MILLIS) / 1000), next.toNotes());
    }

    private MissWindow window(String key) {
        Map<String, String> notes = store.get(key);
        return notes == null ? MissWindow.NONE : MissWindow.fromNotes(notes::get);
    }
}
