package dev.teamsso.providers;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/** Hands JAX-RS the root resource of {@code /realms/{realm}/teams} for one request. */
final class TeamsResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;

    TeamsResourceProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return new TeamsResource(session);
    }

    @Override
    public void close() {
        // nothing held
    }
}
