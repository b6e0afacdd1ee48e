package dev.teamsso.cli;

import dev.teamsso.providers.contract.TeamTokens;
import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.providers.contract.TeamSetting;
import java.security.SecureRandom;
import java.util.Optional;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * A team's SCIM token through the admin API: a new random token replaces the old one, and only
 * its hash is stored (Organization attribute {@link TeamSetting#SCIM_TOKEN_HASH}).
 */
public final class ScimTokenStore {

    private final TeamAttributes attributes;
    private final SecureRandom random = new SecureRandom();

    public ScimTokenStore(RealmResource realm) {
        this.attributes = new TeamAttributes(realm);
    }

    /** Creates or replaces the team's token; returns it (the only time it exists outside the caller), or empty without such team. */
    public Optional<String> issue(TeamId teamId) {
        String token = TeamTokens.generate(TeamTokens.SCIM_PREFIX, random);
        return attributes.set(teamId, TeamSetting.SCIM_TOKEN_HASH, TeamTokens.hash(token)) ? Optional.of(token) : Optional.empty();
    }

    /** Removes the team's token; false without such team. */
    public boolean revoke(TeamId teamId) {
        return attributes.set(teamId, TeamSetting.SCIM_TOKEN_HASH, null);
    }
}
