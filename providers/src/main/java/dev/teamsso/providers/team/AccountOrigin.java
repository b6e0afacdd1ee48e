package dev.teamsso.providers.team;

import dev.teamsso.providers.contract.TeamContract;
import org.keycloak.broker.oidc.OIDCIdentityProvider;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.models.UserModel;
import org.keycloak.representations.JsonWebToken;

/**
 * The exact issuer and subject a team account was made through, kept as user attributes. Every
 * later sign-in to the account must come from the same pair: a team re-pointed to another issuer
 * never inherits the accounts of the old one, and subjects are compared case-sensitively.
 */
public record AccountOrigin(String issuer, String subject) {

    public AccountOrigin {
        if (issuer == null || issuer.isEmpty() || subject == null || subject.isEmpty()) {
            throw new IllegalArgumentException("an account origin needs an issuer and a subject");
        }
    }

    /**
     * The issuer and subject of a brokered sign-in: {@code iss} of the ID token the broker
     * validated (its signature and issuer checked against the team IdP), else the IdP's
     * configured issuer; the subject exactly as the IdP sent it.
     */
    public static AccountOrigin of(BrokeredIdentityContext brokerContext) {
        Object token = brokerContext.getContextData().get(OIDCIdentityProvider.VALIDATED_ID_TOKEN);
        String issuer = token instanceof JsonWebToken jwt && jwt.getIssuer() != null
                ? jwt.getIssuer()
                : brokerContext.getIdpConfig().getConfig().get(TeamContract.IDP_ISSUER);
        return new AccountOrigin(issuer, brokerContext.getId());
    }

    public void recordOn(UserModel user) {
        user.setSingleAttribute(TeamContract.ISSUER_ATTRIBUTE, issuer);
        user.setSingleAttribute(TeamContract.SUBJECT_ATTRIBUTE, subject);
    }

    /** Whether the account has an origin recorded (accounts made before it was recorded have none). */
    public static boolean isRecordedOn(UserModel user) {
        return user.getFirstAttribute(TeamContract.ISSUER_ATTRIBUTE) != null
                || user.getFirstAttribute(TeamContract.SUBJECT_ATTRIBUTE) != null;
    }

    /** Whether the account was made through exactly this issuer and subject. */
    public boolean matches(UserModel user) {
        return issuer.equals(user.getFirstAttribute(TeamContract.ISSUER_ATTRIBUTE))
                && subject.equals(user.getFirstAttribute(TeamContract.SUBJECT_ATTRIBUTE));
    }
}
