package dev.teamsso.providers.api;

import dev.teamsso.providers.contract.TeamApiContract;
import dev.teamsso.providers.contract.TeamApiError;
import com.fasterxml.jackson.databind.JsonNode;
import dev.teamsso.providers.JsonBody;
import dev.teamsso.providers.contract.TeamContract;

/**
 * The body of {@code PUT members/{userId}/role}: {@code application/json}, one JSON object
 * with a string field {@code role} that is {@code admin} or {@code member}. Other fields are
 * ignored; duplicate keys, trailing content and bodies over
 * {@value TeamApiContract#MAX_BODY_LENGTH} characters are refused.
 */
record RoleRequest(String role) {

    static RoleRequest parse(String contentType, String body) {
        if (!isJson(contentType)) {
            throw new TeamApiException(TeamApiError.UNSUPPORTED_MEDIA_TYPE);
        }
        if (body == null || body.isBlank() || body.length() > TeamApiContract.MAX_BODY_LENGTH) {
            throw new TeamApiException(TeamApiError.INVALID_REQUEST);
        }
        JsonNode role = objectOf(body).get(TeamApiContract.FIELD_ROLE);
        if (role == null || !role.isTextual()) {
            throw new TeamApiException(TeamApiError.INVALID_REQUEST);
        }
        if (!TeamContract.ROLE_ADMIN.equals(role.textValue()) && !TeamContract.ROLE_MEMBER.equals(role.textValue())) {
            throw new TeamApiException(TeamApiError.UNKNOWN_ROLE);
        }
        return new RoleRequest(role.textValue());
    }

    /** {@code application/json}, with or without parameters such as {@code charset=utf-8}. */
    static boolean isJson(String contentType) {
        return JsonBody.isJson(contentType);
    }

    private static JsonNode objectOf(String body) {
        return JsonBody.object(body).orElseThrow(() -> new TeamApiException(TeamApiError.INVALID_REQUEST));
    }
}
