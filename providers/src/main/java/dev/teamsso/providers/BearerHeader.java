package dev.teamsso.providers;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The token of a request's one {@code Authorization: Bearer <token>} header (scheme in any case). */
public final class BearerHeader {

    private static final String SCHEME = "bearer ";

    private BearerHeader() {
    }

    /** Empty when there is no such header, more than one, another scheme, or a token with spaces. */
    public static Optional<String> tokenOf(HttpHeaders headers) {
        List<String> values = headers.getRequestHeader(HttpHeaders.AUTHORIZATION);
        if (values == null || values.size() != 1) {
            return Optional.empty();
        }
        String value = values.get(0);
        if (value == null || value.length() <= SCHEME.length()
                || !value.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            return Optional.empty();
        }
        String token = value.substring(SCHEME.length()).strip();
        return token.isEmpty() || token.contains(" ") ? Optional.empty() : Optional.of(token);
    }
}
