package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
import dev.teamsso.providers.team.Team;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * A team's pushed Okta groups: Organization groups under the team's one parent group marked
 * {@value ScimContract#GROUP_PARENT_ATTRIBUTE} (made on first use), so the admin console and
 * realm export show them and no name can collide with the role group {@code admin}.
 */
final class ScimGroupStore {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final OrganizationProvider organizations;
    private final Team team;

    ScimGroupStore(KeycloakSession session, Team team) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.organizations = session.getProvider(OrganizationProvider.class);
        this.team = team;
    }

    Optional<GroupModel> byId(String id) {
        Optional<GroupModel> parent = parent(false);
        if (id == null || id.isBlank() || parent.isEmpty()) {
            return Optional.empty();
        }
        GroupModel group = session.groups().getGroupById(realm, id);
        return group != null && parent.get().getId().equals(group.getParentId()) ? Optional.of(group) : Optional.empty();
    }

    Optional<GroupModel> byDisplayName(String displayName) {
        return all().stream().filter(group -> group.getName().equalsIgnoreCase(displayName.strip())).findFirst();
    }

    List<GroupModel> all() {
        try (Stream<GroupModel> groups = parent(false).map(GroupModel::getSubGroupsStream).orElseGet(Stream::empty)) {
            return groups.sorted(java.util.Comparator.comparing(GroupModel::getId)).toList();
        }
    }

    GroupModel create(String displayName) {
        return organizations.createGroup(team.organization(), displayName, parent(true).orElseThrow());
    }

    void remove(GroupModel group) {
        session.groups().removeGroup(realm, group);
    }

    Set<String> memberIds(GroupModel group) {
        try (Stream<UserModel> members = session.users().getGroupMembersStream(realm, group)) {
            return members.map(UserModel::getId).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        }
    }

    /** The team's member with this ID, or empty (unknown, or another team's). */
    Optional<UserModel> member(String userId) {
        return Optional.ofNullable(organizations.getMemberById(team.organization(), userId));
    }

    private Optional<GroupModel> parent(boolean create) {
        try (Stream<GroupModel> found = organizations.searchGroupsByAttributes(team.organization(),
                Map.of(ScimContract.GROUP_PARENT_ATTRIBUTE, "true"), 0, 1)) {
            Optional<GroupModel> parent = found.findFirst();
            if (parent.isPresent() || !create) {
                return parent;
            }
        }
        GroupModel parent = organizations.createGroup(team.organization(), ScimContract.GROUP_PARENT_NAME, null);
        parent.setSingleAttribute(ScimContract.GROUP_PARENT_ATTRIBUTE, "true");
        return Optional.of(parent);
    }
}
