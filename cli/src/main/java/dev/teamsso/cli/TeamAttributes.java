package dev.teamsso.cli;

import dev.teamsso.providers.team.TeamId;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * Sets or removes one attribute of a team's Organization through the admin API, keeping every
 * other attribute: how the tool stores per-team settings ({@code dev.teamsso.providers.team.TeamSettings}).
 */
public final class TeamAttributes {

    private final RealmResource realm;

    public TeamAttributes(RealmResource realm) {
        this.realm = realm;
    }

    /** Sets {@code name} to {@code value} (null removes it); false without such team. */
    public boolean set(TeamId teamId, String name, String value) {
        Optional<Team> team = new TeamDirectory(realm).find(teamId);
        if (team.isEmpty() || team.get().organizationId() == null) {
            return false;
        }
        OrganizationResource organization = realm.organizations().get(team.get().organizationId());
        OrganizationRepresentation representation = organization.toRepresentation();
        PendingTeam.refuse(representation, "have its settings changed (SCIM token, admin group)");
        Map<String, List<String>> attributes = new HashMap<>(
                representation.getAttributes() == null ? Map.of() : representation.getAttributes());
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, List.of(value));
        }
        representation.setAttributes(attributes);
        try (Response response = organization.update(representation)) {
            if (response.getStatus() / 100 != 2) {
                throw new TeamProvisioner.TeamProvisioningException("updating organization " + teamId + ": HTTP " + response.getStatus());
            }
        }
        return true;
    }

    /** The attribute's first value, or empty. */
    public Optional<String> get(TeamId teamId, String name) {
        return new TeamDirectory(realm).find(teamId)
                .filter(team -> team.organizationId() != null)
                .map(team -> realm.organizations().get(team.organizationId()).toRepresentation().getAttributes())
                .map(attributes -> attributes.get(name))
                .filter(values -> !values.isEmpty())
                .map(values -> values.get(0));
    }
}
