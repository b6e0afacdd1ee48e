package dev.teamsso.providers.logout;

import java.util.List;

/**
 * The claims of the request's JWT that the rule looks at; times in seconds since the epoch, null
 * when absent. {@code audience} holds every {@code aud} value (a string is a list of one).
 */
record TokenClaims(String issuer, List<String> audience, Long expiresAt, Long issuedAt, Long notBefore, String jwtId) {

    TokenClaims {
        audience = audience == null ? List.of() : List.copyOf(audience);
    }
}
