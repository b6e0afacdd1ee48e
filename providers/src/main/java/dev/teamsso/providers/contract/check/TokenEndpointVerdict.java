package dev.teamsso.providers.contract.check;

/**
 * What a token endpoint's answer to a {@code client_credentials} request with the team's client
 * ID and secret says about them. {@code invalid_client}, or any HTTP 401 (RFC 6749 §5.2 keeps
 * 401 for failed client authentication; Keycloak answers a wrong secret with 401
 * {@code unauthorized_client}), means they are wrong; any other refusal
 * ({@code unauthorized_client}, {@code unsupported_grant_type}, {@code invalid_scope}, ... with
 * HTTP 400, as Okta sends them) comes after the client was authenticated.
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
        if (INVALID_CLIENT.equals(errorCode) || status == 401) {
            return REJECTED;
        }
        return errorCode != null && !errorCode.isBlank() && status >= 400 && status < 500 ? ACCEPTED : UNKNOWN;
    }
}
