package dev.teamsso.providers.team;

import dev.teamsso.providers.contract.TeamSettings;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.OrganizationModel;

/** A team as Keycloak holds it: its Organization and its one linked identity provider. */
public record Team(OrganizationModel organization, IdentityProviderModel identityProvider) {

    public String id() {
        return organization.getAlias();
    }

    public boolean isEnabled() {
        return organization.isEnabled() && identityProvider.isEnabled();
    }

    /** The team's per-team settings, read from its Organization's attributes. */
    public TeamSettings settings() {
        return TeamSettings.of(organization.getAttributes());
    }

    /** The configured admin email, or null. */
    public String adminEmail() {
        return settings().adminEmail().orElse(null);
    }

    /** Whether {@code account_id} is the user's ID rather than the team's. */
    public boolean accountPerUser() {
        return settings().accountPerUser();
    }
}
