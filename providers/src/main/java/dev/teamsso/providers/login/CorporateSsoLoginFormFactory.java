package dev.teamsso.providers.login;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Browser-flow step "Login form with Corporate SSO" (Team SSO). */
public final class CorporateSsoLoginFormFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "team-sso-login-form";

    private ThrottleSettings throttleSettings = ThrottleSettings.DEFAULTS;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Login form with Corporate SSO (Team SSO)";
    }

    @Override
    public String getHelpText() {
        return "Username and password form plus a Corporate SSO button: the person types their Team ID and is sent"
                + " to their team's identity provider. Honours kc_idp_hint. Lookups are throttled.";
    }

    @Override
    public String getReferenceCategory() {
        return "password";
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return new Requirement[] {Requirement.REQUIRED, Requirement.ALTERNATIVE, Requirement.DISABLED};
    }

    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new CorporateSsoLoginForm(throttleSettings);
    }

    @Override
    public void init(Config.Scope config) {
        throttleSettings = ThrottleSettings.from(config);
    }

    /** The lookup throttle's server options, shared with the initiate endpoint. */
    ThrottleSettings throttleSettings() {
        return throttleSettings;
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // nothing to wire
    }

    @Override
    public void close() {
        // nothing held
    }
}
