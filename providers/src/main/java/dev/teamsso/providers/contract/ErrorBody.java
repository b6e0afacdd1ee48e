package dev.teamsso.providers.contract;

import java.util.LinkedHashMap;
import java.util.Map;

/** The one JSON shape of every error our REST endpoints return: {@code {"error": code, "error_description": description}}. */
public final class ErrorBody {

    private ErrorBody() {
    }

    public static Map<String, Object> of(String code, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(TeamApiContract.FIELD_ERROR, code);
        body.put(TeamApiContract.FIELD_ERROR_DESCRIPTION, description);
        return body;
    }
}
