package dev.teamsso.providers.setup;

import dev.teamsso.providers.contract.TeamIdentityProviderConfig;
import dev.teamsso.providers.contract.check.IssuerMetadata;
import java.util.HashMap;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.RealmModel;

/**
 * A team's IdP as the server stores it, from {@link TeamIdentityProviderConfig}: the same
 * fields and config map as an IdP the {@code teams} tool makes through the admin API.
 */
final class TeamIdentityProviderModel {

    private TeamIdentityProviderModel() {
    }

    /** Fills {@code idp} (new, or the team's existing one on a re-submit) with the team's values. */
    static IdentityProviderModel fill(IdentityProviderModel idp, RealmModel realm, String teamId, String issuer, IssuerMetadata endpoints,
                                      String clientId, String clientSecret) {
        idp.setAlias(teamId);
        idp.setDisplayName(teamId);
        idp.setProviderId(TeamIdentityProviderConfig.PROVIDER_ID);
        idp.setConfig(new HashMap<>(TeamIdentityProviderConfig.config(issuer, endpoints, clientId, clientSecret)));
        idp.setEnabled(TeamIdentityProviderConfig.ENABLED);
        idp.setHideOnLogin(TeamIdentityProviderConfig.HIDE_ON_LOGIN);
        idp.setTrustEmail(TeamIdentityProviderConfig.TRUST_EMAIL);
        idp.setStoreToken(TeamIdentityProviderConfig.STORE_TOKEN);
        idp.setLinkOnly(TeamIdentityProviderConfig.LINK_ONLY);
        idp.setFirstBrokerLoginFlowId(flowId(realm, TeamIdentityProviderConfig.FIRST_BROKER_LOGIN_FLOW));
        idp.setPostBrokerLoginFlowId(flowId(realm, TeamIdentityProviderConfig.POST_BROKER_LOGIN_FLOW));
        return idp;
    }

    private static String flowId(RealmModel realm, String alias) {
        AuthenticationFlowModel flow = realm.getFlowByAlias(alias);
        if (flow == null) {
            throw new IllegalStateException("realm " + realm.getName() + " has no flow '" + alias + "'; a team IdP needs it");
        }
        return flow.getId();
    }
}
