package dev.teamsso.cli;

import jakarta.ws.rs.NotFoundException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The accounts of a team through the admin API: the members of its organization and every
 * account linked to its identity provider. Retiring one follows {@code team/AccountSessions}
 * (sign this person out everywhere) with what the admin API offers: disabled first (no new
 * sign-in or token refresh while the rest runs), unlinked from the team's IdP, signed out
 * (sessions ended, not-before set), then deleted, which also ends its offline sessions and its
 * memberships. A retirement cut off half-way leaves a disabled account, never a usable one.
 * Needs realm-management {@code view-users} to list and {@code manage-users} to retire.
 */
final class TeamAccounts {

    private static final int PAGE = 100;

    private final RealmResource realm;

    TeamAccounts(RealmResource realm) {
        this.realm = realm;
    }

    /** IDs of every account of the team, members first. */
    Set<String> of(String organizationId, String alias) {
        Set<String> ids = new LinkedHashSet<>();
        for (int first = 0; ; first += PAGE) {
            List<? extends UserRepresentation> page = realm.organizations().get(organizationId).members().list(first, PAGE);
            page.forEach(member -> ids.add(member.getId()));
            if (page.size() < PAGE) {
                break;
            }
        }
        for (int first = 0; ; first += PAGE) {
            List<UserRepresentation> page = realm.users().search(null, null, null, null, null, alias, null, first, PAGE, null, true);
            page.forEach(user -> ids.add(user.getId()));
            if (page.size() < PAGE) {
                return ids;
            }
        }
    }

    /** Retires these accounts in order; returns how many, stopping at the first that fails. */
    int retireAll(Set<String> userIds, String alias) {
        int retired = 0;
        for (String userId : userIds) {
            try {
                retire(userId, alias);
            } catch (RuntimeException failure) {
                return retired;
            }
            retired++;
        }
        return retired;
    }

    /** Disables, unlinks, signs out and deletes one account; an account already gone is fine. */
    void retire(String userId, String alias) {
        UserResource user = realm.users().get(userId);
        try {
            UserRepresentation disabled = user.toRepresentation();
            disabled.setEnabled(false);
            user.update(disabled);
            if (user.getFederatedIdentity().stream().anyMatch(link -> alias.equals(link.getIdentityProvider()))) {
                user.removeFederatedIdentity(alias);
            }
            user.logout();
            user.remove();
        } catch (NotFoundException gone) {
            // Deleted meanwhile (by Keycloak with its organization, or by another operator): retired.
        }
    }
}
