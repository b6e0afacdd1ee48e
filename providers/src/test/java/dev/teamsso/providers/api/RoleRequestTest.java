package dev.teamsso.providers.api;

import dev.teamsso.providers.contract.TeamApiContract;
import dev.teamsso.providers.contract.TeamApiError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoleRequestTest {

    private static final String JSON = "application/json";

    @Test
    void readsBothRoles() {
        assertThat(RoleRequest.parse(JSON, "{\"role\":\"admin\"}").role()).isEqualTo("admin");
        assertThat(RoleRequest.parse(JSON, " {\"role\" : \"member\"}\n").role()).isEqualTo("member");
    }

    @Test
    void ignoresOtherFields() {
        assertThat(RoleRequest.parse(JSON, "{\"role\":\"admin\",\"note\":1}").role()).isEqualTo("admin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8"})
    void acceptsJsonWithParameters(String contentType) {
        assertThat(RoleRequest.parse(contentType, "{\"role\":\"admin\"}").role()).isEqualTo("admin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/jsonp", "application/json-patch+json", ""})
    void refusesOtherMediaTypes(String contentType) {
        assertRefused(contentType, "{\"role\":\"admin\"}", TeamApiError.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void refusesAMissingContentType() {
        assertRefused(null, "{\"role\":\"admin\"}", TeamApiError.UNSUPPORTED_MEDIA_TYPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "role=admin", "\"admin\"", "[\"admin\"]", "null", "{}", "{\"role\":null}",
        "{\"role\":1}", "{\"role\":[\"admin\"]}", "{\"role\":{\"name\":\"admin\"}}", "{\"Role\":\"admin\"}",
        "{\"role\":\"admin\"} {\"role\":\"member\"}", "{\"role\":\"admin\",\"role\":\"member\"}", "{'role':'admin'}"})
    void refusesMalformedBodies(String body) {
        assertRefused(JSON, body, TeamApiError.INVALID_REQUEST);
    }

    @Test
    void refusesOversizedBodies() {
        String padded = "{\"role\":\"admin\",\"pad\":\"" + "x".repeat(TeamApiContract.MAX_BODY_LENGTH) + "\"}";
        assertRefused(JSON, padded, TeamApiError.INVALID_REQUEST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"owner", "Admin", "ADMIN", " admin", "admin ", "", "billing", "member\u0000"})
    void refusesUnknownRoles(String role) {
        assertRefused(JSON, "{\"role\":\"" + role.replace("\u0000", "\\u0000") + "\"}", TeamApiError.UNKNOWN_ROLE);
    }

    private static void assertRefused(String contentType, String body, TeamApiError expected) {
        assertThatThrownBy(() -> RoleRequest.parse(contentType, body))
                .isInstanceOfSatisfying(TeamApiException.class, e -> assertThat(e.error()).isEqualTo(expected));
    }
}
