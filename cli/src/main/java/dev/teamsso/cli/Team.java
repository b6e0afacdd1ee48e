package dev.teamsso.cli;

/**
 * A team as the server holds it: its organization and, if present, its identity provider.
 * Holds no secret (only the secret's fingerprint).
 *
 * @param identityProvider whether the team's IdP exists and is linked to its organization
 * @param secretFingerprint the {@link SecretFingerprint} recorded for its client secret, or null
 * @param pending its self-service set-up ({@code teams invite}) while it is pending, else null
 */
public record Team(String teamId, String organizationId, boolean organizationEnabled, String adminEmail,
                   boolean identityProvider, boolean identityProviderEnabled, String issuer, String clientId,
                   String secretFingerprint, PendingTeam pending) {

    public static final String ENABLED = "enabled";
    public static final String DISABLED = "disabled";
    public static final String INCOMPLETE = "incomplete";
    public static final String PENDING = "pending";

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
