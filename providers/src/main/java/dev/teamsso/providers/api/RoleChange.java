package dev.teamsso.providers.api;

import dev.teamsso.providers.contract.TeamApiContract;
import java.util.LinkedHashMap;
import java.util.Map;

/** One role change that happened: in which team, by whom, to whom, from which role to which. */
record RoleChange(String teamId, String byUserId, String userId, String from, String to) {

    /** The admin event's representation. */
    Map<String, Object> representation() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put(TeamApiContract.EVENT_TEAM_ID, teamId);
        view.put(TeamApiContract.EVENT_USER_ID, userId);
        view.put(TeamApiContract.EVENT_FROM, from);
        view.put(TeamApiContract.EVENT_TO, to);
        return view;
    }
}
