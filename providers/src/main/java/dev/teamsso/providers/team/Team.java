package dev.teamsso.providers.team;

import dev.teamsso.providers.TeamContract;
import java.util.List;
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

    /** The configured admin email, or null. */
    public String adminEmail() {
        return firstAttribute(TeamContract.ADMIN_EMAIL_ATTRIBUTE);
    }

    /** Whether {@code account_id} is the user's ID rather than the team's. */
    public boolean accountPerUser() {
        return TeamContract.ACCOUNT_SCOPE_USER.equals(firstAttribute(TeamContract.ACCOUNT_SCOPE_ATTRIBUTE));
    }

    private String firstAttribute(String name) {
        List<String> values = organization.getAttributes().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
