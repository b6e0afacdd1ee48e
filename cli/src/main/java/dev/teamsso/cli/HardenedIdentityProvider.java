package dev.teamsso.cli;

import dev.teamsso.providers.contract.TeamContract;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.teamsso.providers.contract.TeamIdentityProviderConfig;
import dev.teamsso.providers.contract.check.IssuerMetadata;
import org.keycloak.representations.idm.IdentityProviderRepresentation;

/**
 * The one identity provider of a team as the admin API takes it, built from
 * {@link TeamIdentityProviderConfig} (the same definition the set-up page uses).
 */
public final class HardenedIdentityProvider {

    public static final String PROVIDER_ID = TeamIdentityProviderConfig.PROVIDER_ID;
    public static final String DEFAULT_SCOPE = TeamIdentityProviderConfig.DEFAULT_SCOPE;

    private HardenedIdentityProvider() {
    }

    /** The team's IdP, with the flows and hardening of {@link TeamIdentityProviderConfig}. */
    public static IdentityProviderRepresentation of(TeamRegistration team, IssuerMetadata issuer) {
        IdentityProviderRepresentation idp = new IdentityProviderRepresentation();
        idp.setAlias(team.teamId().value());
        idp.setDisplayName(team.teamId().value());
        idp.setProviderId(TeamIdentityProviderConfig.PROVIDER_ID);
        idp.setEnabled(TeamIdentityProviderConfig.ENABLED);
        idp.setHideOnLogin(TeamIdentityProviderConfig.HIDE_ON_LOGIN);
        idp.setTrustEmail(TeamIdentityProviderConfig.TRUST_EMAIL);
        idp.setStoreToken(TeamIdentityProviderConfig.STORE_TOKEN);
        idp.setLinkOnly(TeamIdentityProviderConfig.LINK_ONLY);
        idp.setFirstBrokerLoginFlowAlias(TeamIdentityProviderConfig.FIRST_BROKER_LOGIN_FLOW);
        idp.setPostBrokerLoginFlowAlias(TeamIdentityProviderConfig.POST_BROKER_LOGIN_FLOW);
        idp.setConfig(TeamIdentityProviderConfig.config(team.issuer(), issuer, team.clientId(), team.clientSecret()));
        return idp;
    }
}
