package dev.teamsso.providers.api;

import dev.teamsso.providers.contract.TeamApiContract;
import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.team.Team;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.models.UserModel;

/** The JSON the team API answers with, field names from {@link TeamApiContract}. */
final class TeamViews {

    private TeamViews() {
    }

    static Map<String, Object> team(Team team, long memberCount, String callerRole) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put(TeamApiContract.FIELD_ID, team.id());
        view.put(TeamApiContract.FIELD_NAME, team.organization().getName());
        view.put(TeamApiContract.FIELD_MEMBER_COUNT, memberCount);
        view.put(TeamApiContract.FIELD_ROLE, callerRole);
        return view;
    }

    static Map<String, Object> member(UserModel user, String role) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put(TeamApiContract.FIELD_ID, user.getId());
        view.put(TeamApiContract.FIELD_EMAIL, user.getEmail());
        view.put(TeamApiContract.FIELD_FIRST_NAME, user.getFirstName());
        view.put(TeamApiContract.FIELD_LAST_NAME, user.getLastName());
        view.put(TeamApiContract.FIELD_ROLE, role);
        view.put(TeamApiContract.FIELD_ACTIVE, user.isEnabled());
        return view;
    }

    static Map<String, Object> page(MemberQuery query, List<UserModel> members, Set<String> adminIds) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put(TeamApiContract.FIELD_FIRST, query.first());
        view.put(TeamApiContract.FIELD_MAX, query.max());
        view.put(TeamApiContract.FIELD_MEMBERS, members.stream()
                .map(user -> member(user, adminIds.contains(user.getId()) ? TeamContract.ROLE_ADMIN : TeamContract.ROLE_MEMBER))
                .toList());
        return view;
    }
}
