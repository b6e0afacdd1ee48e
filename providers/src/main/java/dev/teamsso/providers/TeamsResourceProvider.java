package dev.teamsso.providers;

import dev.teamsso.providers.contract.OutboundUrlRule;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/** Hands JAX-RS the root resource of {@code /realms/{realm}/teams} for one request. */
final class TeamsResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;
    private final OutboundUrlRule setupRule;

    TeamsResourceProvider(KeycloakSession session, OutboundUrlRule setupRule) {
        this.session = session;
        this.setupRule = setupRule;
    }

    @Override
    public Object getResource() {
        return new TeamsResource(session, setupRule);
    }

    @Override
    public void close() {
        // nothing held
    }
}
