package dev.teamsso.providers.contract;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The per-team settings that SCIM provisioning adds, read from the team's Organization
 * attributes, null-safe: an attribute that is missing or blank reads as "not set". The names
 * are a public contract (realm JSON, the {@code teams} tool): never rename one.
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

    public static TeamSettings of(Map<String, List<String>> attributes) {
        return new TeamSettings(attributes);
    }

    /** The email of the person who becomes team admin on first sign-in. */
    public Optional<String> adminEmail() {
        return first(TeamContract.ADMIN_EMAIL_ATTRIBUTE);
    }

    /** Whether {@code account_id} is the user's ID rather than the team's (the default). */
    public boolean accountPerUser() {
        return first(TeamContract.ACCOUNT_SCOPE_ATTRIBUTE).filter(TeamContract.ACCOUNT_SCOPE_USER::equals).isPresent();
    }

    /** The team's own landing client for Okta-initiated sign-ins, overriding the realm's. */
    public Optional<String> landingClient() {
        return first(TeamContract.LANDING_CLIENT_ATTRIBUTE);
    }

    public Optional<String> scimTokenHash() {
        return first(SCIM_TOKEN_HASH_ATTRIBUTE);
    }

    public Optional<String> adminGroup() {
        return first(ADMIN_GROUP_ATTRIBUTE);
    }

    /** The set-up state of a pending team; empty for a team that is live (or never was invited). */
    public Optional<String> setupState() {
        return first(SETUP_STATE_ATTRIBUTE);
    }

    public Optional<String> setupTokenHash() {
        return first(SETUP_TOKEN_HASH_ATTRIBUTE);
    }

    public Optional<String> setupExpires() {
        return first(SETUP_EXPIRES_ATTRIBUTE);
    }

    private Optional<String> first(String name) {
        List<String> values = attributes.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(values.get(0).strip());
    }
}
