package dev.teamsso.providers.api;

import dev.teamsso.providers.team.Team;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.lang.reflect.InvocationTargetException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.Provider;

/**
 * Serialises role changes within one team: a pessimistic write lock on the row of the team's
 * Organization, held by the request's transaction until it commits or rolls back. A second
 * change in the same team waits, then reads the admins the first one left behind, so two
 * admins demoting each other at once can never leave a team without an admin. Works on every
 * database Keycloak supports (Hibernate writes the dialect's {@code SELECT ... FOR UPDATE}),
 * and across a cluster, since the lock is the database's.
 *
 * <p>{@code JpaConnectionProvider} lives in {@code keycloak-model-jpa}, whose POM does not
 * resolve from Maven Central (its parent is not published), so it is looked up by name; the
 * entity is named in JPQL for the same reason.
 */
public final class TeamLock {

    static final String JPA_CONNECTION_PROVIDER = "org.keycloak.connections.jpa.JpaConnectionProvider";
    static final String LOCK_QUERY = "select o from OrganizationEntity o where o.id = :id";

    private TeamLock() {
    }

    /** Locks the team until the end of the request's transaction; false if its row is gone. */
    public static boolean lock(KeycloakSession session, Team team) {
        return !entityManager(session).createQuery(LOCK_QUERY)
                .setParameter("id", team.organization().getId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .isEmpty();
    }

    private static EntityManager entityManager(KeycloakSession session) {
        try {
            Class<? extends Provider> type = Class.forName(JPA_CONNECTION_PROVIDER, true, TeamLock.class.getClassLoader())
                    .asSubclass(Provider.class);
            Provider jpa = session.getProvider(type);
            if (jpa == null) {
                throw new IllegalStateException("no JPA connection: the team lock needs Keycloak's JPA store");
            }
            return (EntityManager) type.getMethod("getEntityManager").invoke(jpa);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("Keycloak's JPA connection provider is not reachable", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Keycloak's JPA connection provider failed", e.getCause());
        }
    }
}
