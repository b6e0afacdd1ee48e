package dev.teamsso.providers.claims;

import dev.teamsso.providers.contract.TeamContract;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The claims a platform reads from our tokens: {@code team_id}, {@code team_role} and
 * {@code account_id} (the team's ID, since members share the team's account, or the user's ID
 * for teams whose account scope is {@code user}).
 */
public record TeamClaims(String teamId, String teamRole, String accountId) {

    public static TeamClaims of(String teamId, String teamRole, boolean accountPerUser, String userId) {
        return new TeamClaims(teamId, teamRole, accountPerUser ? userId : teamId);
    }

    public Map<String, Object> asMap() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(TeamContract.CLAIM_TEAM_ID, teamId);
        claims.put(TeamContract.CLAIM_TEAM_ROLE, teamRole);
        claims.put(TeamContract.CLAIM_ACCOUNT_ID, accountId);
        return claims;
    }
}
