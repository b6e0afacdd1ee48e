package dev.teamsso.providers;

import java.util.Map;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ServerInfoAwareProviderFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Mounts {@code /realms/{realm}/teams} and reports our version in the admin console's
 * server info (Provider info, {@code realm-restapi-extension}).
 */
public final class TeamsResourceProviderFactory
        implements RealmResourceProviderFactory, ServerInfoAwareProviderFactory {

    /** Public contract: the path segment under {@code /realms/{realm}/}. */
    public static final String PROVIDER_ID = "teams";

    private BuildInfo buildInfo;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new TeamsResourceProvider(session);
    }

    @Override
    public void init(Config.Scope config) {
        buildInfo = BuildInfo.load();
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // nothing to wire
    }

    @Override
    public void close() {
        // nothing held
    }

    @Override
    public Map<String, String> getOperationalInfo() {
        return Map.of(
                "version", buildInfo.version(),
                "built-for-keycloak", buildInfo.keycloakVersion());
    }
}
