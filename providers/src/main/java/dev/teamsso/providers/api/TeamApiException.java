package dev.teamsso.providers.api;

import dev.teamsso.providers.FixedError;
import dev.teamsso.providers.contract.TeamApiError;
import jakarta.ws.rs.core.Response;

/**
 * A request the team API refuses, as one of the fixed {@link TeamApiError}s. Thrown by the
 * steps of a request and turned into the response by {@link TeamApiResource}; it carries no
 * stack trace because it is an answer, not a fault.
 */
final class TeamApiException extends RuntimeException {

    private final TeamApiError error;

    TeamApiException(TeamApiError error) {
        super(error.code(), null, false, false);
        this.error = error;
    }

    TeamApiError error() {
        return error;
    }

    /** The fixed answer: the error's status and body, and a Bearer challenge for a refused token. */
    Response response() {
        return FixedError.response(error.status(), error.code(), error.description(), error == TeamApiError.INVALID_TOKEN);
    }
}
