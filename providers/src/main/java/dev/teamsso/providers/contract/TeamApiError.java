package dev.teamsso.providers.contract;

import java.util.Map;

/**
 * Every failure of the team API: a status, an error code from {@link TeamApiContract} and a
 * fixed description. Nothing else ever reaches the client, least of all exception text.
 */
public enum TeamApiError {

    INVALID_TOKEN(401, TeamApiContract.ERROR_INVALID_TOKEN,
            "Send a valid bearer access token of this realm."),
    TEAM_NOT_FOUND(404, TeamApiContract.ERROR_TEAM_NOT_FOUND,
            "There is no such team."),
    MEMBER_NOT_FOUND(404, TeamApiContract.ERROR_MEMBER_NOT_FOUND,
            "There is no such member in this team."),
    NOT_TEAM_ADMIN(403, TeamApiContract.ERROR_NOT_TEAM_ADMIN,
            "Only admins of this team can change roles."),
    LAST_ADMIN(409, TeamApiContract.ERROR_LAST_ADMIN,
            "This is the team's last admin. Make another member admin first."),
    INVALID_REQUEST(400, TeamApiContract.ERROR_INVALID_REQUEST,
            "The body must be a JSON object with a string field \"role\"."),
    UNKNOWN_ROLE(400, TeamApiContract.ERROR_UNKNOWN_ROLE,
            "The role must be \"admin\" or \"member\"."),
    INVALID_QUERY(400, TeamApiContract.ERROR_INVALID_QUERY,
            "first must be a whole number from 0, max from 1, and search at most 100 characters."),
    UNSUPPORTED_MEDIA_TYPE(415, TeamApiContract.ERROR_UNSUPPORTED_MEDIA_TYPE,
            "Send the body as application/json.");

    private final int status;
    private final String code;
    private final String description;

    TeamApiError(int status, String code, String description) {
        this.status = status;
        this.code = code;
        this.description = description;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** The fixed JSON body: {@code {"error": code, "error_description": description}}. */
    public Map<String, Object> body() {
        return ErrorBody.of(code, description);
    }
}
