package dev.teamsso.testing.demo;

import dev.teamsso.testing.PlatformClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** A signed-in person at the dashboard: their tokens, and the CSRF token of their forms. */
record DashboardSession(PlatformClient.Tokens tokens, String csrfToken) {

    String accessToken() {
        return tokens.rawAccessToken();
    }

    /** Whether a submitted form carries this session's CSRF token (compared in constant time). */
    boolean acceptsCsrfToken(String submitted) {
        return submitted != null && MessageDigest.isEqual(
                csrfToken.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }
}
