package dev.teamsso.providers.contract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A team's settings ({@link TeamSetting}) read from its Organization's attributes, null-safe: an
 * attribute that is missing or blank reads as "not set"; and the one way to write one. Plain
 * maps, no Keycloak: the server passes its {@code OrganizationModel}'s attributes, the
 * {@code teams} tool its {@code OrganizationRepresentation}'s. The names are a public contract
 * (realm JSON, the {@code teams} tool): never rename one.
 */
public final class TeamSettings {

    /** Organization attribute: the hash of the team's SCIM bearer token ({@link TeamTokens#hash}). */
    public static final String SCIM_TOKEN_HASH_ATTRIBUTE = "team-sso.scim-token-hash";

    /** Organization attribute: the display name of the pushed Okta group whose members are team admins. */
    public static final String ADMIN_GROUP_ATTRIBUTE = "team-sso.admin-group";

    /**
     * Organization attribute of a pending team (issue 13, self-service set-up): the hash of its
     * one-time set-up token ({@link TeamTokens#hash} scheme). Present only while the team is pending.
     */
    public static final String SETUP_TOKEN_HASH_ATTRIBUTE = "team-sso.setup-token-hash";

    /** Organization attribute of a pending team: when its set-up link expires, ISO-8601 UTC instant. */
    public static final String SETUP_EXPIRES_ATTRIBUTE = "team-sso.setup-expires";

    /**
     * Organization attribute of a pending team: {@value #SETUP_STATE_INVITED} (no IdP yet) or
     * {@value #SETUP_STATE_VALUES_ACCEPTED} (IdP saved, waiting for the test sign-in). Removed,
     * with the two above, when the test sign-in enables the team.
     */
    public static final String SETUP_STATE_ATTRIBUTE = "team-sso.setup-state";
    public static final String SETUP_STATE_INVITED = "invited";
    public static final String SETUP_STATE_VALUES_ACCEPTED = "values-accepted";

    private final Map<String, List<String>> attributes;

    private TeamSettings(Map<String, List<String>> attributes) {
        this.attributes = attributes == null ? Map.of() : attributes;
    }

    /** The settings held in these Organization attributes (null: none). */
    public static TeamSettings of(Map<String, List<String>> attributes) {
        return new TeamSettings(attributes);
    }

    /** The setting's value, first value trimmed; empty when it is missing or blank (its default then applies). */
    public Optional<String> value(TeamSetting setting) {
        List<String> values = attributes.get(setting.key());
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(values.get(0).strip());
    }

    /** The setting's value, or its default; empty when neither is there. */
    public Optional<String> valueOrDefault(TeamSetting setting) {
        return value(setting).or(setting::defaultValue);
    }

    /**
     * A copy of {@code attributes} with the setting set to {@code value}, every other attribute
     * kept; a null or blank value removes it. How the {@code teams} tool writes a setting.
     */
    public static Map<String, List<String>> with(Map<String, List<String>> attributes, TeamSetting setting, String value) {
        Map<String, List<String>> changed = new HashMap<>(attributes == null ? Map.of() : attributes);
        if (value == null || value.isBlank()) {
            changed.remove(setting.key());
        } else {
            changed.put(setting.key(), List.of(value));
        }
        return changed;
    }

    /** The email of the person who becomes team admin on first sign-in. */
    public Optional<String> adminEmail() {
        return value(TeamSetting.ADMIN_EMAIL);
    }

    /** Whether {@code account_id} is the user's ID rather than the team's (the default). */
    public boolean accountPerUser() {
        return valueOrDefault(TeamSetting.ACCOUNT_SCOPE).filter(TeamContract.ACCOUNT_SCOPE_USER::equals).isPresent();
    }

    /** The team's own landing client for Okta-initiated sign-ins, overriding the realm's. */
    public Optional<String> landingClient() {
        return value(TeamSetting.LANDING_CLIENT);
    }

    public Optional<String> scimTokenHash() {
        return value(TeamSetting.SCIM_TOKEN_HASH);
    }

    public Optional<String> adminGroup() {
        return value(TeamSetting.ADMIN_GROUP);
    }

    /** The set-up state of a pending team; empty for a team that is live (or never was invited). */
    public Optional<String> setupState() {
        return value(TeamSetting.SETUP_STATE);
    }

    public Optional<String> setupTokenHash() {
        return value(TeamSetting.SETUP_TOKEN_HASH);
    }

    public Optional<String> setupExpires() {
        return value(TeamSetting.SETUP_EXPIRES);
    }
}
