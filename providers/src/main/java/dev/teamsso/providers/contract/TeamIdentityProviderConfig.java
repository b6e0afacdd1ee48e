package dev.teamsso.providers.contract;

import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.contract.check.IssuerMetadata;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one identity provider of a team, locked down, as plain fields and a config map: exact
 * issuer, signatures checked against the issuer's JWKS, PKCE S256, nonce, no userinfo call
 * (email and {@code email_verified} come from the signed ID token), hidden on the login page,
 * never linked to an existing account by email: the first sign-in creates a new account through
 * the team first-login flow. The {@code teams} tool builds its admin-API representation from
 * it and the set-up page its {@code IdentityProviderModel}, so a team's IdP is the same however
 * it was made.
 */
public final class TeamIdentityProviderConfig {

    public static final String PROVIDER_ID = "oidc";
    public static final String DEFAULT_SCOPE = "openid email profile";

    public static final boolean ENABLED = true;
    public static final boolean HIDE_ON_LOGIN = true;
    /**
     * Keycloak then copies {@code email_verified} from the signed ID token (never a blanket
     * true); safe because team accounts are never linked by email.
     */
    public static final boolean TRUST_EMAIL = true;
    public static final boolean STORE_TOKEN = false;
    public static final boolean LINK_ONLY = false;

    /**
     * Always the post-broker-login flow {@link TeamContract#POST_LOGIN_FLOW} (every sign-in
     * checks the account's recorded issuer and subject): a realm without that flow refuses the
     * IdP, so a team can never be saved without the check.
     */
    public static final String FIRST_BROKER_LOGIN_FLOW = TeamContract.FIRST_LOGIN_FLOW;
    public static final String POST_BROKER_LOGIN_FLOW = TeamContract.POST_LOGIN_FLOW;

    private TeamIdentityProviderConfig() {
    }

    /** The IdP's config map for a team with this exact issuer, its endpoints and its client. */
    public static Map<String, String> config(String issuer, IssuerMetadata endpoints, String clientId, String clientSecret) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("issuer", issuer);
        config.put("authorizationUrl", endpoints.authorizationEndpoint().toString());
        config.put("tokenUrl", endpoints.tokenEndpoint().toString());
        config.put("jwksUrl", endpoints.jwksUri().toString());
        if (endpoints.endSessionEndpoint() != null) {
            config.put("logoutUrl", endpoints.endSessionEndpoint().toString());
        }
        config.put("clientId", clientId);
        config.put("clientSecret", clientSecret);
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
        return config;
    }
}
