package dev.teamsso.providers.team;

import dev.teamsso.providers.contract.TeamContract;
import java.util.stream.Stream;
import org.keycloak.models.FederatedIdentityModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Whether an account belongs to a team, and so may sign in only through its team's IdP: it was
 * made through a team IdP (the recorded issuer), it is linked to one, or it is a member of a
 * team's Organization. Never decided by the username alone.
 */
public final class TeamAccount {

    private TeamAccount() {
    }

    public static boolean isTeamAccount(KeycloakSession session, RealmModel realm, UserModel user) {
        if (user == null) {
            return false;
        }
        if (user.getFirstAttribute(TeamContract.ISSUER_ATTRIBUTE) != null) {
            return true;
        }
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        if (organizations != null && organizations.isEnabled()) {
            try (Stream<?> memberships = organizations.getByMember(user)) {
                if (memberships.findAny().isPresent()) {
                    return true;
                }
            }
        }
        try (Stream<FederatedIdentityModel> links = session.users().getFederatedIdentitiesStream(realm, user)) {
            return links.map(link -> session.identityProviders().getByAlias(link.getIdentityProvider()))
                    .anyMatch(idp -> idp != null && TeamDirectory.isTeamIdp(idp));
        }
    }
}
