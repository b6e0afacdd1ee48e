package dev.teamsso.providers.setup;

import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;

/**
 * One step of one set-up link at a time, across a cluster: the entry
 * {@code team-sso.setup-busy:<token hash>} in Keycloak's single-use object store, taken with
 * {@code putIfAbsent} (atomic cluster-wide) and given back once the request's transaction has
 * ended, committed or not. A request that cannot take it changes nothing. The entry expires by
 * itself after {@value #LIFESPAN_SECONDS} s should a node die holding it.
 */
final class LinkMutex {

    static final long LIFESPAN_SECONDS = 60;
    private static final String PREFIX = "team-sso.setup-busy:";

    private LinkMutex() {
    }

    /** Takes the link for the rest of this request; false if another request holds it. */
    static boolean take(KeycloakSession session, String tokenHash) {
        String key = PREFIX + tokenHash;
        if (!session.singleUseObjects().putIfAbsent(key, LIFESPAN_SECONDS)) {
            return false;
        }
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                session.singleUseObjects().remove(key);
            }

            @Override
            protected void rollbackImpl() {
                session.singleUseObjects().remove(key);
            }
        });
        return true;
    }
}
