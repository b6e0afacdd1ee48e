package dev.teamsso.providers.logout;

import dev.teamsso.providers.contract.LogoutContract;
import dev.teamsso.providers.FixedError;
import dev.teamsso.providers.contract.ErrorBody;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * Every refusal of the global token revocation endpoint: the status Okta expects, an error code
 * and a fixed description. An unknown or disabled team answers {@link #INVALID_TOKEN}, exactly
 * like a bad JWT, so the endpoint never tells which teams exist.
 */
enum RevocationError {

    INVALID_REQUEST(400, LogoutContract.ERROR_INVALID_REQUEST,
            "The body must be a JSON object whose sub_id (or subject) has format iss_sub (iss, sub) or email (email)."),
    INVALID_TOKEN(401, LogoutContract.ERROR_INVALID_TOKEN,
            "Send one Authorization: Bearer JWT, fresh and unused, signed by this team's Okta for this endpoint."),
    ACCESS_DENIED(403, LogoutContract.ERROR_ACCESS_DENIED,
            "This JWT comes from another team's Okta; it cannot log out people of this team."),
    UNKNOWN_SUBJECT(404, LogoutContract.ERROR_UNKNOWN_SUBJECT,
            "There is no such person in this team."),
    REVOCATION_FAILED(422, LogoutContract.ERROR_REVOCATION_FAILED,
            "The person's sessions could not be ended; nothing was changed. Try again.");

    private final int status;
    private final String code;
    private final String description;

    RevocationError(int status, String code, String description) {
        this.status = status;
        this.code = code;
        this.description = description;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /** The fixed JSON body: {@code {"error": code, "error_description": description}}. */
    Map<String, Object> body() {
        return ErrorBody.of(code, description);
    }

    Response response() {
        return FixedError.response(status, code, description, this == INVALID_TOKEN);
    }
}
