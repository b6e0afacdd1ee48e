package dev.teamsso.providers;

import dev.teamsso.providers.contract.OutboundUrlRule;
import dev.teamsso.providers.setup.SetupContract;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Environment;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
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

    private static final Logger LOG = Logger.getLogger(TeamsResourceProviderFactory.class);

    private BuildInfo buildInfo;
    private OutboundUrlRule setupRule = OutboundUrlRule.strict();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new TeamsResourceProvider(session, setupRule);
    }

    @Override
    public void init(Config.Scope config) {
        buildInfo = BuildInfo.load();
        boolean loopback = config != null && Boolean.TRUE.equals(config.getBoolean(SetupContract.OPTION_ALLOW_LOOPBACK, false));
        if (loopback && !Environment.isDevMode()) {
            LOG.warnf("%s is set but the server is not in development mode (start-dev): ignored; the set-up page accepts"
                    + " only HTTPS issuers on public addresses", SetupContract.OPTION_ALLOW_LOOPBACK);
        }
        setupRule = loopback && Environment.isDevMode() ? OutboundUrlRule.allowingLoopback() : OutboundUrlRule.strict();
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(SetupContract.OPTION_ALLOW_LOOPBACK).type("boolean").defaultValue(false)
                .helpText("Dev mode only: the set-up page accepts an issuer over plain HTTP on loopback (an Okta stand-in).")
                .add().build();
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
                "built-for-keycloak", buildInfo.keycloakVersion(),
                "setup-allows-loopback-issuer", String.valueOf(setupRule.allowsLoopback()));
    }
}
