package dev.teamsso.providers.scim;

import dev.teamsso.providers.login.AddressMisses;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Failed SCIM authentications counted in windows of {@value #WINDOW_SECONDS} s, exactly across the
 * cluster ({@link AddressMisses}): {@value #PER_TEAM} failures from one client address on one team's
 * path, or {@value #PER_ADDRESS} on any teams' paths, and that address gets 429 there until the
 * window passes, even with a good token. Counted per address, never per team alone, so nobody can
 * lock a team's Okta out from elsewhere.
 */
final class ScimThrottle {

    static final int PER_TEAM = 10;
    static final int PER_ADDRESS = 100;
    static final int WINDOW_SECONDS = 60;
    private static final String SCOPE = "scim:";

    private final AddressMisses team;
    private final AddressMisses address;

    ScimThrottle(SingleUseObjectProvider store, String clientAddress, String teamId) {
        this.team = new AddressMisses(store, SCOPE + teamId + ":", clientAddress, PER_TEAM, WINDOW_SECONDS);
        this.address = new AddressMisses(store, SCOPE, clientAddress, PER_ADDRESS, WINDOW_SECONDS);
    }

    boolean isCoolingDown() {
        return team.blocks() || address.blocks();
    }

    void recordFailure() {
        team.record();
        address.record();
    }
}
