package dev.teamsso.cli;

import dev.teamsso.providers.team.ScimTokens;
import dev.teamsso.providers.team.TeamId;
import dev.teamsso.providers.team.TeamSettings;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * A team's SCIM token through the admin API: a new random token replaces the old one, and only
 * its hash is stored (Organization attribute {@value TeamSettings#SCIM_TOKEN_HASH_ATTRIBUTE}).
 */
public final class ScimTokenStore {

    private final RealmResource realm;
    private final SecureRandom random = new SecureRandom();

    public ScimTokenStore(RealmResource realm) {
        this.realm = realm;
    }

    /** Creates or replaces the team's token; returns it (the only time it exists outside the caller), or empty without such team. */
    public Optional<String> issue(TeamId teamId) {
        String token = ScimTokens.generate(random);
        return setHash(teamId, ScimTokens.hash(token)) ? Optional.of(token) : Optional.empty();
    }

    /** Removes the team's token; false without such team. */
    public boolean revoke(TeamId teamId) {
        return setHash(teamId, null);
    }

    private boolean setHash(TeamId teamId, String hash) {
        Optional<Team> team = new TeamDirectory(realm).find(teamId);
        if (team.isEmpty() || team.get().organizationId() == null) {
            return false;
        }
        OrganizationResource organization = realm.organizations().get(team.get().organizationId());
        OrganizationRepresentation representation = organization.toRepresentation();
        Map<String, List<String>> attributes = new HashMap<>(
                representation.getAttributes() == null ? Map.of() : representation.getAttributes());
        if (hash == null) {
            attributes.remove(TeamSettings.SCIM_TOKEN_HASH_ATTRIBUTE);
        } else {
            attributes.put(TeamSettings.SCIM_TOKEN_HASH_ATTRIBUTE, List.of(hash));
        }
        representation.setAttributes(attributes);
        try (Response response = organization.update(representation)) {
            if (response.getStatus() / 100 != 2) {
                throw new TeamProvisioner.TeamProvisioningException("updating organization " + teamId + ": HTTP " + response.getStatus());
            }
        }
        return true;
    }
}
