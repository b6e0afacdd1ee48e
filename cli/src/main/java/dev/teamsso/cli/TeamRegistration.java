package dev.teamsso.cli;

import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.providers.contract.check.TeamChecks;
import dev.teamsso.providers.contract.check.TeamValues;

/**
 * The five values a team's Okta admin sends the operator, exactly as sent.
 */
public record TeamRegistration(TeamId teamId, String issuer, String clientId, String clientSecret, String adminEmail) {

    /** The values that passed {@link TeamChecks}. */
    public static TeamRegistration of(TeamChecks.Checked checked) {
        TeamValues values = checked.values();
        return new TeamRegistration(checked.teamId(), values.issuer(), values.clientId(), values.clientSecret(), values.adminEmail());
    }

    @Override
    public String toString() {
        return "TeamRegistration[teamId=" + teamId + ", issuer=" + issuer + ", clientId=" + clientId
                + ", clientSecret=(hidden), adminEmail=" + adminEmail + "]";
    }
}
