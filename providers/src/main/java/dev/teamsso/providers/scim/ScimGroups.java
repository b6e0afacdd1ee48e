package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.teamsso.providers.api.TeamLock;
import dev.teamsso.providers.team.Team;
import dev.teamsso.providers.team.TeamRoles;
import dev.teamsso.providers.contract.TeamSettings;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * The Group operations of one team's SCIM service. Members are the team's own accounts (IDs of
 * anyone else are ignored); a change to the team's admin group ({@link TeamSettings#adminGroup})
 * grants or revokes the {@code admin} role as {@link AdminGroupChange} says, seen in the next token.
 */
final class ScimGroups implements ScimOperations {

    private static final List<String> FILTER_ATTRIBUTES = List.of("displayName", "id");

    private final KeycloakSession session;
    private final Team team;
    private final ScimGroupStore store;
    private final String baseUrl;

    ScimGroups(KeycloakSession session, Team team, String baseUrl) {
        this.session = session;
        this.team = team;
        this.store = new ScimGroupStore(session, team);
        this.baseUrl = baseUrl;
    }

    @Override
    public ObjectNode list(String rawFilter, ScimPaging paging) {
        ScimFilter filter = ScimFilter.parse(rawFilter, FILTER_ATTRIBUTES);
        List<GroupModel> matching = filter == null ? store.all()
                : (filter.attribute().equals("id") ? store.byId(filter.value()) : store.byDisplayName(filter.value())).stream().toList();
        List<ObjectNode> page = matching.stream().skip(paging.offset()).limit(paging.count()).map(this::view).toList();
        return ScimJson.listResponse(matching.size(), paging.startIndex(), page);
    }

    @Override
    public ObjectNode get(String id) {
        return view(existing(id));
    }

    @Override
    public ObjectNode create(ObjectNode body) {
        ScimGroupInput input = ScimGroupInput.parse(body);
        lock();
        if (store.byDisplayName(input.displayName()).isPresent()) {
            throw new ScimException(ScimError.GROUP_NAME_TAKEN);
        }
        GroupModel group = store.create(input.displayName());
        apply(group, null, Set.of(), input);
        ScimAudit.changed(session, team.id(), "SCIM_GROUP_CREATED", group.getId());
        return view(group);
    }

    @Override
    public ObjectNode replace(String id, ObjectNode body) {
        return store(existing(id), ScimGroupInput.parse(body));
    }

    @Override
    public ObjectNode patch(String id, ObjectNode body) {
        GroupModel group = existing(id);
        return store(group, ScimGroupInput.parse(ScimPatch.apply(view(group), body, ScimContract.SCHEMA_GROUP)));
    }

    @Override
    public void delete(String id) {
        GroupModel group = existing(id);
        lock();
        roles(AdminGroupChange.of(adminGroup(), group.getName(), store.memberIds(group), null, Set.of()));
        store.remove(group);
        ScimAudit.changed(session, team.id(), "SCIM_GROUP_DELETED", id);
    }

    private ObjectNode store(GroupModel group, ScimGroupInput input) {
        lock();
        Optional<GroupModel> holder = store.byDisplayName(input.displayName());
        if (holder.isPresent() && !holder.get().getId().equals(group.getId())) {
            throw new ScimException(ScimError.GROUP_NAME_TAKEN);
        }
        apply(group, group.getName(), store.memberIds(group), input);
        ScimAudit.changed(session, team.id(), "SCIM_GROUP_UPDATED", group.getId());
        return view(group);
    }

    /** Renames and sets the members of {@code group}, then brings admin roles in line. */
    private void apply(GroupModel group, String nameBefore, Set<String> membersBefore, ScimGroupInput input) {
        group.setName(input.displayName());
        Set<String> wanted = new java.util.LinkedHashSet<>();
        for (String id : input.memberIds()) {
            store.member(id).ifPresent(user -> {
                wanted.add(user.getId());
                if (!membersBefore.contains(user.getId())) {
                    user.joinGroup(group);
                }
            });
        }
        membersBefore.stream().filter(id -> !wanted.contains(id))
                .forEach(id -> store.member(id).ifPresent(user -> user.leaveGroup(group)));
        roles(AdminGroupChange.of(adminGroup(), nameBefore, membersBefore, input.displayName(), wanted));
    }

    private void roles(AdminGroupChange change) {
        TeamRoles roles = new TeamRoles(session);
        change.grant().forEach(id -> store.member(id).ifPresent(user -> roles.grantAdmin(team, user)));
        change.revoke().forEach(id -> store.member(id).ifPresent(user -> roles.revokeAdmin(team, user)));
    }

    private String adminGroup() {
        return team.settings().adminGroup().orElse(null);
    }

    private GroupModel existing(String id) {
        return store.byId(id).orElseThrow(() -> new ScimException(ScimError.NOT_FOUND));
    }

    private void lock() {
        if (!TeamLock.lock(session, team)) {
            throw new ScimException(ScimError.NOT_FOUND);
        }
    }

    private ObjectNode view(GroupModel group) {
        ObjectNode view = ScimJson.withSchema(ScimContract.SCHEMA_GROUP);
        view.put("id", group.getId());
        view.put("displayName", group.getName());
        var members = view.putArray("members");
        for (String id : store.memberIds(group)) {
            UserModel user = store.member(id).orElse(null);
            if (user != null) {
                members.addObject().put("value", id).put("display", ScimUserView.userName(user));
            }
        }
        view.putObject("meta").put("resourceType", "Group")
                .put("location", baseUrl + "/" + ScimContract.PATH_GROUPS + "/" + group.getId());
        return view;
    }
}
