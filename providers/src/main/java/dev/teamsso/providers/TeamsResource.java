package dev.teamsso.providers;

import org.keycloak.models.KeycloakSession;

/**
 * Root of {@code /realms/{realm}/teams}. The per-team endpoints (initiate, members) hang
 * off this resource as sub-resources; until they land every path below it answers 404.
 */
public final class TeamsResource {

    private final KeycloakSession session;

    TeamsResource(KeycloakSession session) {
        this.session = session;
    }

    KeycloakSession session() {
        return session;
    }
}
