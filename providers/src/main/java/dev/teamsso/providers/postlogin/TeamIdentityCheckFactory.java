package dev.teamsso.providers.postlogin;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Post-broker-login step "Check team identity" (Team SSO). */
public final class TeamIdentityCheckFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "team-sso-check-team-identity";

    private static final TeamIdentityCheck INSTANCE = new TeamIdentityCheck();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Check team identity (Team SSO)";
    }

    @Override
    public String getHelpText() {
        return "Refuses a sign-in through a team's identity provider whose issuer or subject differs from the ones"
                + " the account was made through. For the post-login flow of team identity providers.";
    }

    @Override
    public String getReferenceCategory() {
        return "team-sso";
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return new Requirement[] {Requirement.REQUIRED, Requirement.DISABLED};
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
        return INSTANCE;
    }

    @Override
    public void init(Config.Scope config) {
        // no server options
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
