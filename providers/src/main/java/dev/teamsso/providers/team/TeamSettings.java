package dev.teamsso.providers.team;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.OrganizationModel;

/**
 * The per-team settings that SCIM provisioning adds, read from the team's Organization
 * attributes, null-safe: an attribute that is missing or blank reads as "not set". The names
 * are a public contract (realm JSON, the {@code teams} tool): never rename one.
 */
public final class TeamSettings {

    /** Organization attribute: the hash of the team's SCIM bearer token ({@link ScimTokens#hash}). */
    public static final String SCIM_TOKEN_HASH_ATTRIBUTE = "team-sso.scim-token-hash";

    /** Organization attribute: the display name of the pushed Okta group whose members are team admins. */
    public static final String ADMIN_GROUP_ATTRIBUTE = "team-sso.admin-group";

    private final Map<String, List<String>> attributes;

    private TeamSettings(Map<String, List<String>> attributes) {
        this.attributes = attributes == null ? Map.of() : attributes;
    }

    public static TeamSettings of(OrganizationModel organization) {
        return new TeamSettings(organization == null ? null : organization.getAttributes());
    }

    public static TeamSettings of(Map<String, List<String>> attributes) {
        return new TeamSettings(attributes);
    }

    public Optional<String> scimTokenHash() {
        return first(SCIM_TOKEN_HASH_ATTRIBUTE);
    }

    public Optional<String> adminGroup() {
        return first(ADMIN_GROUP_ATTRIBUTE);
    }

    private Optional<String> first(String name) {
        List<String> values = attributes.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(values.get(0).strip());
    }
}
