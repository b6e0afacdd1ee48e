package dev.teamsso.providers.contract.check;

/**
 * The five values exactly as the customer sent them, not yet checked. Any may be null.
 */
public record TeamValues(String teamId, String issuer, String clientId, String clientSecret, String adminEmail) {

    @Override
    public String toString() {
        return "TeamValues[teamId=" + teamId + ", issuer=" + issuer + ", clientId=" + clientId
                + ", clientSecret=(hidden), adminEmail=" + adminEmail + "]";
    }
}
