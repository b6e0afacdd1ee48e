package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
import dev.teamsso.providers.team.Team;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Finds a team's accounts as SCIM names them, always within the team: by ID, by
 * {@code userName} (case-insensitive: the stored key, else the email of an account made by
 * sign-in), by {@code externalId}; and pages of all of them.
 */
final class ScimUserStore {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final OrganizationProvider organizations;
    private final Team team;

    ScimUserStore(KeycloakSession session, Team team) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.organizations = session.getProvider(OrganizationProvider.class);
        this.team = team;
    }

    Optional<UserModel> byId(String id) {
        return id == null || id.isBlank() ? Optional.empty()
                : Optional.ofNullable(organizations.getMemberById(team.organization(), id));
    }

    Optional<UserModel> byUserName(String userName) {
        try (Stream<UserModel> stored = session.users().searchForUserByUserAttributeStream(realm,
                ScimContract.USER_SCIM_USER_NAME_KEY, ScimUserInput.key(team.id(), userName))) {
            Optional<UserModel> found = stored.filter(this::isMember).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        try (Stream<UserModel> byEmail = organizations.getMembersStream(team.organization(),
                Map.of(UserModel.EMAIL, userName.strip()), true, 0, 2)) {
            return byEmail.filter(user -> user.getFirstAttribute(ScimContract.USER_SCIM_USER_NAME) == null)
                    .filter(user -> user.getEmail() != null && user.getEmail().equalsIgnoreCase(userName.strip()))
                    .findFirst();
        }
    }

    Optional<UserModel> byExternalId(String externalId) {
        try (Stream<UserModel> found = session.users().searchForUserByUserAttributeStream(realm,
                ScimContract.USER_SCIM_EXTERNAL_ID, externalId)) {
            return found.filter(this::isMember).findFirst();
        }
    }

    long count() {
        return organizations.getMembersCount(team.organization());
    }

    List<UserModel> page(ScimPaging paging) {
        if (paging.count() == 0) {
            return List.of();
        }
        try (Stream<UserModel> members = organizations.getMembersStream(team.organization(), Map.of(), false,
                paging.offset(), paging.count())) {
            return members.toList();
        }
    }

    private boolean isMember(UserModel user) {
        return organizations.isMember(team.organization(), user);
    }
}
