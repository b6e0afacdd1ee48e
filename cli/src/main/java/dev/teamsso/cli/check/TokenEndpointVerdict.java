package dev.teamsso.cli.check;

/**
 * What a token endpoint's answer to a {@code client_credentials} request with the team's client
 * ID and secret says about them. Only {@code invalid_client} (or a bare 401) means they are
 * wrong; any other refusal ({@code unauthorized_client}, {@code unsupported_grant_type},
 * {@code invalid_scope}, ...) comes after the client was authenticated.
 */
enum TokenEndpointVerdict {
    ACCEPTED,
    REJECTED,
    UNKNOWN;

    static final String INVALID_CLIENT = "invalid_client";

    static TokenEndpointVerdict of(int status, String errorCode) {
        if (status >= 200 && status < 300) {
            return ACCEPTED;
        }
        if (INVALID_CLIENT.equals(errorCode)) {
            return REJECTED;
        }
        if (errorCode != null && !errorCode.isBlank()) {
            return ACCEPTED;
        }
        return status == 401 ? REJECTED : UNKNOWN;
    }
}
