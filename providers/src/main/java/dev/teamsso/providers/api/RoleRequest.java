package dev.teamsso.providers.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.teamsso.providers.TeamContract;
import java.util.Locale;

/**
 * The body of {@code PUT members/{userId}/role}: {@code application/json}, one JSON object
 * with a string field {@code role} that is {@code admin} or {@code member}. Other fields are
 * ignored; duplicate keys, trailing content and bodies over
 * {@value TeamApiContract#MAX_BODY_LENGTH} characters are refused.
 */
record RoleRequest(String role) {

    private static final ObjectReader JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .reader();

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
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip();
        return type.toLowerCase(Locale.ROOT).equals("application/json");
    }

    private static JsonNode objectOf(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new TeamApiException(TeamApiError.INVALID_REQUEST);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new TeamApiException(TeamApiError.INVALID_REQUEST);
        }
    }
}
