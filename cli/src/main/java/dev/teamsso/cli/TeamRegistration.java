package dev.teamsso.cli;

import dev.teamsso.providers.contract.TeamId;

/**
 * The five values a team's Okta admin sends the operator, exactly as sent.
 */
public record TeamRegistration(TeamId teamId, String issuer, String clientId, String clientSecret, String adminEmail) {

    @Override
    public String toString() {
        return "TeamRegistration[teamId=" + teamId + ", issuer=" + issuer + ", clientId=" + clientId
                + ", clientSecret=(hidden), adminEmail=" + adminEmail + "]";
    }
}
