package dev.teamsso.providers;

import dev.teamsso.providers.api.TeamApiContract;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one shape of every error our REST endpoints return: a status and the fixed JSON body
 * {@code {"error": code, "error_description": description}}, never cached; a refused Bearer
 * token also gets its {@code WWW-Authenticate} challenge.
 */
public final class FixedError {

    private FixedError() {
    }

    public static Map<String, Object> body(String code, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(TeamApiContract.FIELD_ERROR, code);
        body.put(TeamApiContract.FIELD_ERROR_DESCRIPTION, description);
        return body;
    }

    public static Response response(int status, String code, String description, boolean bearerChallenge) {
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(body(code, description));
        if (bearerChallenge) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"" + code + "\"");
        }
        return response.build();
    }
}
