package dev.teamsso.providers.logout;

import java.util.List;
import java.util.Optional;

/**
 * What a signed request JWT must say, besides its signature: {@code iss} exactly the team's
 * issuer, {@code aud} exactly this endpoint's URL (alone), a {@code jti}, an {@code iat} not in the
 * future, an {@code exp} not passed and at most {@value #MAX_LIFETIME_SECONDS} seconds after
 * {@code iat}, an {@code nbf} (if any) not in the future. Each comparison of times allows
 * {@value #CLOCK_SKEW_SECONDS} seconds of clock difference.
 */
record RevocationTokenRule(String audience) {

    static final long MAX_LIFETIME_SECONDS = 300;
    static final long CLOCK_SKEW_SECONDS = 30;

    /** Why the claims are refused, for the debug log; empty when they pass. */
    Optional<String> refusal(TokenClaims claims, String issuer, long now) {
        if (issuer == null || !issuer.equals(claims.issuer())) {
            return Optional.of("iss is not the team's issuer");
        }
        if (!List.of(audience).equals(claims.audience())) {
            return Optional.of("aud is not exactly this endpoint");
        }
        if (claims.jwtId() == null || claims.jwtId().isBlank()) {
            return Optional.of("no jti");
        }
        if (claims.issuedAt() == null || claims.expiresAt() == null) {
            return Optional.of("no iat or exp");
        }
        if (claims.issuedAt() > now + CLOCK_SKEW_SECONDS) {
            return Optional.of("iat in the future");
        }
        if (claims.notBefore() != null && claims.notBefore() > now + CLOCK_SKEW_SECONDS) {
            return Optional.of("nbf in the future");
        }
        if (claims.expiresAt() <= now - CLOCK_SKEW_SECONDS) {
            return Optional.of("expired");
        }
        if (claims.expiresAt() - claims.issuedAt() > MAX_LIFETIME_SECONDS + CLOCK_SKEW_SECONDS) {
            return Optional.of("lifetime longer than allowed");
        }
        return Optional.empty();
    }

    /** How long a used {@code jti} must be remembered: until the JWT could no longer pass. */
    static long replayWindowSeconds(TokenClaims claims, long now) {
        return Math.max(1, claims.expiresAt() + CLOCK_SKEW_SECONDS - now);
    }
}
