package dev.teamsso.providers.contract;

import java.util.Map;

/**
 * What a team is, the one rule the server and the {@code teams} tool share. An identity
 * provider is a team IdP when its config carries {@link TeamContract#TEAM_IDP_MARKER}
 * {@code true}. A team is an Organization and a team IdP that share a valid Team ID as alias,
 * the IdP linked to that Organization; anything else (an unmarked IdP, an unlinked pair, a
 * malformed alias) is no team at all.
 */
public final class TeamDefinition {

    private TeamDefinition() {
    }

    /** Whether an identity provider with this config is a team IdP. */
    public static boolean isTeamIdentityProvider(Map<String, String> idpConfig) {
        return idpConfig != null && Boolean.parseBoolean(idpConfig.get(TeamContract.TEAM_IDP_MARKER));
    }

    /**
     * Whether this Organization ({@code organizationId}, {@code organizationAlias}) and this
     * identity provider ({@code idpAlias}, the Organization it is linked to, its config) form a team.
     */
    public static boolean isTeam(String organizationId, String organizationAlias, String idpAlias,
                                 String idpOrganizationId, Map<String, String> idpConfig) {
        return TeamId.isValid(organizationAlias) && organizationAlias.equals(idpAlias)
                && organizationId != null && organizationId.equals(idpOrganizationId)
                && isTeamIdentityProvider(idpConfig);
    }
}
