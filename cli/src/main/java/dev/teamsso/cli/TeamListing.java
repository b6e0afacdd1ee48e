package dev.teamsso.cli;

import dev.teamsso.providers.contract.TeamSettings;

/**
 * One row of {@code teams list} and what {@code show} and {@code export} print: an Organization
 * of the realm as the tool reads it through the admin API, and its team IdP if it has one (the
 * server's own {@code Team} is its live Organization and IdP models). Holds no secret (only the
 * secret's fingerprint).
 *
 * @param settings the team's settings, read from its organization's attributes
 * @param identityProvider whether the organization has its team IdP ({@link dev.teamsso.providers.contract.TeamDefinition})
 * @param secretFingerprint the {@link SecretFingerprint} recorded for its client secret, or null
 * @param pending its self-service set-up ({@code teams invite}) while it is pending, else null
 */
public record TeamListing(String teamId, String organizationId, boolean organizationEnabled, TeamSettings settings,
                          boolean identityProvider, boolean identityProviderEnabled, String issuer, String clientId,
                          String secretFingerprint, PendingTeam pending) {

    public static final String ENABLED = "enabled";
    public static final String DISABLED = "disabled";
    public static final String INCOMPLETE = "incomplete";
    public static final String PENDING = "pending";

    /** The admin email, or null. */
    public String adminEmail() {
        return settings.adminEmail().orElse(null);
    }

    /** Enabled only when both the organization and its IdP are. */
    public boolean enabled() {
        return organizationEnabled && identityProvider && identityProviderEnabled;
    }

    /** {@code pending} (set-up not done), {@code enabled}, {@code disabled}, or {@code incomplete} (no linked IdP, or only half disabled). */
    public String status() {
        if (pending != null) {
            return PENDING;
        }
        if (!identityProvider || organizationEnabled != identityProviderEnabled) {
            return INCOMPLETE;
        }
        return organizationEnabled ? ENABLED : DISABLED;
    }
}
