package dev.teamsso.cli;

import dev.teamsso.providers.contract.TeamContract;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.representations.idm.IdentityProviderRepresentation;

/**
 * The one identity provider of a team, locked down: exact issuer, signatures checked against
 * the issuer's JWKS, PKCE S256, nonce, no userinfo call (email and {@code email_verified} come
 * from the signed ID token), hidden on the login page, never linked to an existing account by
 * email: the first sign-in creates a new account through the team first-login flow.
 */
public final class HardenedIdentityProvider {

    public static final String PROVIDER_ID = "oidc";
    public static final String DEFAULT_SCOPE = "openid email profile";

    private HardenedIdentityProvider() {
    }

    /**
     * The team's IdP. It always names the post-broker-login flow {@link TeamContract#POST_LOGIN_FLOW}
     * (every sign-in checks the account's recorded issuer and subject): a realm without that flow
     * refuses the IdP, so a team can never be saved without the check.
     */
    public static IdentityProviderRepresentation of(TeamRegistration team, IssuerMetadata issuer) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("issuer", team.issuer());
        config.put("authorizationUrl", issuer.authorizationEndpoint().toString());
        config.put("tokenUrl", issuer.tokenEndpoint().toString());
        config.put("jwksUrl", issuer.jwksUri().toString());
        if (issuer.endSessionEndpoint() != null) {
            config.put("logoutUrl", issuer.endSessionEndpoint().toString());
        }
        config.put("clientId", team.clientId());
        config.put("clientSecret", team.clientSecret());
        config.put("clientAuthMethod", "client_secret_basic");
        config.put("defaultScope", DEFAULT_SCOPE);
        config.put("validateSignature", "true");
        config.put("useJwksUrl", "true");
        config.put("pkceEnabled", "true");
        config.put("pkceMethod", "S256");
        config.put("disableNonce", "false");
        config.put("disableUserInfo", "true");
        config.put("loginHint", "true");
        config.put("backchannelSupported", "false");
        config.put("syncMode", "FORCE");
        config.put(TeamContract.TEAM_IDP_MARKER, "true");

        IdentityProviderRepresentation idp = new IdentityProviderRepresentation();
        idp.setAlias(team.teamId().value());
        idp.setDisplayName(team.teamId().value());
        idp.setProviderId(PROVIDER_ID);
        idp.setEnabled(true);
        idp.setHideOnLogin(true);
        // Keycloak then copies email_verified from the signed ID token (never a blanket true);
        // safe because team accounts are never linked by email.
        idp.setTrustEmail(true);
        idp.setStoreToken(false);
        idp.setLinkOnly(false);
        idp.setFirstBrokerLoginFlowAlias(TeamContract.FIRST_LOGIN_FLOW);
        idp.setPostBrokerLoginFlowAlias(TeamContract.POST_LOGIN_FLOW);
        idp.setConfig(config);
        return idp;
    }
}
