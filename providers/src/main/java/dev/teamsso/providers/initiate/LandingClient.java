package dev.teamsso.providers.initiate;

import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.contract.TeamSettings;
import java.util.Optional;
import org.keycloak.models.ClientModel;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

/**
 * The client a team's sign-ins from outside the platform land on: the team's
 * {@value TeamContract#LANDING_CLIENT_ATTRIBUTE}, else the realm's, else
 * {@value TeamContract#DEFAULT_LANDING_CLIENT}; null unless it exists and is enabled.
 */
public final class LandingClient {

    private LandingClient() {
    }

    public static ClientModel of(RealmModel realm, OrganizationModel organization) {
        String clientId = TeamSettings.of(organization.getAttributes()).landingClient()
                .or(() -> Optional.ofNullable(realm.getAttribute(TeamContract.LANDING_CLIENT_ATTRIBUTE)))
                .orElse(TeamContract.DEFAULT_LANDING_CLIENT);
        ClientModel client = realm.getClientByClientId(clientId);
        return client != null && client.isEnabled() ? client : null;
    }

    /** The client's home (its base URL, absolute), where a sign-in without a target lands. */
    public static Optional<String> home(ClientModel client) {
        return LandingTarget.choose(null, client.getRedirectUris(), client.getRootUrl(), client.getBaseUrl());
    }
}
