package dev.teamsso.cli;

import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.providers.contract.TeamSetting;
import dev.teamsso.providers.contract.TeamSettings;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * Sets or reads one of a team's settings ({@link TeamSetting}) on its Organization through the
 * admin API, keeping every other attribute; the values go through {@link TeamSettings}.
 */
public final class TeamAttributes {

    private final RealmResource realm;

    public TeamAttributes(RealmResource realm) {
        this.realm = realm;
    }

    /** Sets the setting to {@code value} (null or blank removes it); false without such team. */
    public boolean set(TeamId teamId, TeamSetting setting, String value) {
        Optional<TeamListing> team = new TeamDirectory(realm).find(teamId);
        if (team.isEmpty() || team.get().organizationId() == null) {
            return false;
        }
        OrganizationResource organization = realm.organizations().get(team.get().organizationId());
        OrganizationRepresentation representation = organization.toRepresentation();
        PendingTeam.refuse(representation, "have its settings changed (SCIM token, admin group)");
        representation.setAttributes(TeamSettings.with(representation.getAttributes(), setting, value));
        try (Response response = organization.update(representation)) {
            if (response.getStatus() / 100 != 2) {
                throw new TeamProvisioner.TeamProvisioningException("updating organization " + teamId + ": HTTP " + response.getStatus());
            }
        }
        return true;
    }

    /** The setting's value, or empty (also without such team). */
    public Optional<String> get(TeamId teamId, TeamSetting setting) {
        return new TeamDirectory(realm).find(teamId).flatMap(team -> team.settings().value(setting));
    }
}
