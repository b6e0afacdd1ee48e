package dev.teamsso.providers.api;

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
}
