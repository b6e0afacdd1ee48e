package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.teamsso.providers.api.TeamLock;
import dev.teamsso.providers.team.Team;
import java.util.List;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * The User operations of one team's SCIM service. Writes take the team's lock
 * ({@link TeamLock}) first, so a userName is checked and taken by one request at a time:
 * concurrent creates of one userName make exactly one account.
 */
final class ScimUsers implements ScimOperations {

    private static final List<String> FILTER_ATTRIBUTES = List.of("userName", "externalId", "id");

    private final KeycloakSession session;
    private final Team team;
    private final ScimUserStore store;
    private final ScimUserWriter writer;
    private final String baseUrl;

    ScimUsers(KeycloakSession session, Team team, String baseUrl) {
        this.session = session;
        this.team = team;
        this.store = new ScimUserStore(session, team);
        this.writer = new ScimUserWriter(session, team);
        this.baseUrl = baseUrl;
    }

    @Override
    public ObjectNode list(String rawFilter, ScimPaging paging) {
        ScimFilter filter = ScimFilter.parse(rawFilter, FILTER_ATTRIBUTES);
        if (filter == null) {
            List<ObjectNode> page = store.page(paging).stream().map(this::view).toList();
            return ScimJson.listResponse(store.count(), paging.startIndex(), page);
        }
        Optional<UserModel> match = switch (filter.attribute()) {
            case "userName" -> store.byUserName(filter.value());
            case "externalId" -> store.byExternalId(filter.value());
            default -> store.byId(filter.value());
        };
        List<ObjectNode> found = match.stream().map(this::view).toList();
        List<ObjectNode> page = paging.offset() == 0 && paging.count() > 0 ? found : List.of();
        return ScimJson.listResponse(found.size(), paging.startIndex(), page);
    }

    @Override
    public ObjectNode get(String id) {
        return view(existing(id));
    }

    @Override
    public ObjectNode create(ObjectNode body) {
        ScimUserInput input = ScimUserInput.parse(body);
        lock();
        if (store.byUserName(input.userName()).isPresent()
                || (input.externalId() != null && store.byExternalId(input.externalId()).isPresent())) {
            throw new ScimException(ScimError.USER_NAME_TAKEN);
        }
        UserModel user = writer.create(input);
        if (user == null) {
            throw new ScimException(ScimError.USER_NAME_TAKEN);
        }
        ScimAudit.changed(session, team.id(), "SCIM_USER_CREATED", user.getId());
        return view(user);
    }

    @Override
    public ObjectNode replace(String id, ObjectNode body) {
        UserModel user = existing(id);
        return store(user, ScimUserInput.parse(body));
    }

    @Override
    public ObjectNode patch(String id, ObjectNode body) {
        UserModel user = existing(id);
        ObjectNode patched = ScimPatch.apply(view(user), body, ScimContract.SCHEMA_USER);
        return store(user, ScimUserInput.parse(patched));
    }

    /** DELETE: the account is deactivated, not deleted (see docs/scim.md). */
    @Override
    public void delete(String id) {
        writer.setActive(existing(id), false);
    }

    private ObjectNode store(UserModel user, ScimUserInput input) {
        lock();
        Optional<UserModel> holder = store.byUserName(input.userName());
        Optional<UserModel> externalHolder = input.externalId() == null ? Optional.empty() : store.byExternalId(input.externalId());
        if (holder.filter(other -> !other.getId().equals(user.getId())).isPresent()
                || externalHolder.filter(other -> !other.getId().equals(user.getId())).isPresent()) {
            throw new ScimException(ScimError.USER_NAME_TAKEN);
        }
        writer.write(user, input);
        ScimAudit.changed(session, team.id(), "SCIM_USER_UPDATED", user.getId());
        return view(user);
    }

    private UserModel existing(String id) {
        return store.byId(id).orElseThrow(() -> new ScimException(ScimError.NOT_FOUND));
    }

    private void lock() {
        if (!TeamLock.lock(session, team)) {
            throw new ScimException(ScimError.NOT_FOUND);
        }
    }

    private ObjectNode view(UserModel user) {
        return ScimUserView.of(user, baseUrl);
    }
}
