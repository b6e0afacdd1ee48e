package dev.teamsso.providers.initiate;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters of a third-party-initiated login (OpenID Connect Core 1.0, section 4): {@code iss}
 * (required), {@code login_hint} and {@code target_link_uri}. Credentials are never accepted
 * here: a request carrying {@code id_token}, {@code code} or {@code access_token} is refused, and
 * so is any parameter given twice.
 */
record InitiateRequest(String issuer, String loginHint, String targetLinkUri) {

    static final String ISS = "iss";
    static final String LOGIN_HINT = "login_hint";
    static final String TARGET_LINK_URI = "target_link_uri";
    static final Set<String> FORBIDDEN = Set.of("id_token", "code", "access_token");
    static final int MAX_VALUE_LENGTH = 2048;

    /** Why a request was refused; every reason gets the same answer, the name is for the event log. */
    enum Refusal {
        CREDENTIALS_OFFERED("team_sso_initiate_credentials_offered"),
        DUPLICATE_PARAMETER("team_sso_initiate_duplicate_parameter"),
        MISSING_ISSUER("team_sso_initiate_missing_iss"),
        OVERSIZED_PARAMETER("team_sso_initiate_oversized_parameter");

        private final String eventError;

        Refusal(String eventError) {
            this.eventError = eventError;
        }

        String eventError() {
            return eventError;
        }
    }

    /** Reads the request, or says why it is refused. */
    static Parsed parse(MultivaluedMap<String, String> parameters) {
        for (String name : FORBIDDEN) {
            if (parameters.containsKey(name)) {
                return Parsed.refused(Refusal.CREDENTIALS_OFFERED);
            }
        }
        for (String name : List.of(ISS, LOGIN_HINT, TARGET_LINK_URI)) {
            List<String> values = parameters.get(name);
            if (values != null && values.size() > 1) {
                return Parsed.refused(Refusal.DUPLICATE_PARAMETER);
            }
            if (values != null && !values.isEmpty() && values.get(0) != null && values.get(0).length() > MAX_VALUE_LENGTH) {
                return Parsed.refused(Refusal.OVERSIZED_PARAMETER);
            }
        }
        String issuer = parameters.getFirst(ISS);
        if (issuer == null || issuer.isEmpty()) {
            return Parsed.refused(Refusal.MISSING_ISSUER);
        }
        return new Parsed(new InitiateRequest(issuer, blankToNull(parameters.getFirst(LOGIN_HINT)),
                blankToNull(parameters.getFirst(TARGET_LINK_URI))), null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A request, or the reason it was refused. */
    record Parsed(InitiateRequest request, Refusal refusal) {

        static Parsed refused(Refusal refusal) {
            return new Parsed(null, refusal);
        }

        Optional<InitiateRequest> accepted() {
            return Optional.ofNullable(request);
        }
    }
}
