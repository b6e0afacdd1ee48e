package dev.teamsso.providers.login;

import org.keycloak.models.SingleUseObjectProvider;

/**
 * Misses of one client address (IPv6 per /64, {@link ClientAddressKey}) in one scope (Team ID
 * lookups; one team's SCIM path), counted exactly across a cluster: miss number n takes
 * the entry {@code <prefix><scope><address>#n} in Keycloak's single-use object store with
 * {@code putIfAbsent}, which is atomic cluster-wide, so two misses at once on two nodes never
 * count as one (a read-then-write counter would lose one). Each entry lives one window; the
 * address cools down while entry number {@code limit} exists.
 */
public final class AddressMisses {

    static final String KEY_PREFIX = "team-sso.misses:";

    private final SingleUseObjectProvider store;
    private final String keyPrefix;
    private final int limit;
    private final long windowSeconds;

    AddressMisses(SingleUseObjectProvider store, String clientAddress, int limit, long windowSeconds) {
        this(store, "", clientAddress, limit, windowSeconds);
    }

    /** Misses of {@code clientAddress} within {@code scope} (a prefix of our own, e.g. {@code scim:acme:}). */
    public AddressMisses(SingleUseObjectProvider store, String scope, String clientAddress, int limit, long windowSeconds) {
        this.store = store;
        this.keyPrefix = KEY_PREFIX + scope + ClientAddressKey.of(clientAddress) + "#";
        this.limit = limit;
        this.windowSeconds = windowSeconds;
    }

    public boolean blocks() {
        return store.contains(keyPrefix + limit);
    }

    /** Takes the lowest free entry; at the limit there is nothing left to take and nothing to count. */
    public void record() {
        for (int n = 1; n <= limit; n++) {
            if (store.putIfAbsent(keyPrefix + n, windowSeconds)) {
                return;
            }
        }
    }
}
