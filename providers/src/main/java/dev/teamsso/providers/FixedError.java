package dev.teamsso.providers;

import dev.teamsso.providers.contract.ErrorBody;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The one shape of every error our REST endpoints return: a status and the fixed JSON body
 * ({@link ErrorBody}), never cached; a refused Bearer token also gets its {@code WWW-Authenticate} challenge.
 */
public final class FixedError {

    private FixedError() {
    }

    public static Response response(int status, String code, String description, boolean bearerChallenge) {
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(ErrorBody.of(code, description));
        if (bearerChallenge) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"" + code + "\"");
        }
        return response.build();
    }
}
