package dev.teamsso.providers.firstlogin;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** First-broker-login step "Create team account" (Team SSO). */
public final class TeamAccountAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "team-sso-create-team-account";

    private static final TeamAccountAuthenticator INSTANCE = new TeamAccountAuthenticator();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Create team account (Team SSO)";
    }

    @Override
    public String getHelpText() {
        return "Creates the account of a person signing in through their team's identity provider for the first time,"
                + " keyed on the provider and the subject, adds them to the team, and makes the verified admin email"
                + " team admin. Never links existing accounts.";
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
