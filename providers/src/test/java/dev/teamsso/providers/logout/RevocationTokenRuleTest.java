package dev.teamsso.providers.logout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevocationTokenRuleTest {

    private static final String ISSUER = "https://acme.okta.com";
    private static final String ENDPOINT = "https://sso.example/realms/r/teams/acme/global-token-revocation";
    private static final long NOW = 1_800_000_000L;

    private final RevocationTokenRule rule = new RevocationTokenRule(ENDPOINT);

    private static TokenClaims claims(String issuer, List<String> audience, Long exp, Long iat, Long nbf, String jti) {
        return new TokenClaims(issuer, audience, exp, iat, nbf, jti);
    }

    private static TokenClaims fresh() {
        return claims(ISSUER, List.of(ENDPOINT), NOW + 60, NOW, null, "jti-1");
    }

    @Test
    void aFreshJwtOfTheTeamsIssuerForThisEndpointPasses() {
        assertThat(rule.refusal(fresh(), ISSUER, NOW)).isEmpty();
        assertThat(rule.refusal(claims(ISSUER, List.of(ENDPOINT), NOW + 300, NOW, NOW, "j"), ISSUER, NOW)).isEmpty();
    }

    @Test
    void theIssuerMustBeExactlyTheTeams() {
        assertThat(rule.refusal(fresh(), ISSUER + "/", NOW)).contains("iss is not the team's issuer");
        assertThat(rule.refusal(claims("https://ACME.okta.com", List.of(ENDPOINT), NOW + 60, NOW, null, "j"), ISSUER, NOW)).isPresent();
        assertThat(rule.refusal(claims(null, List.of(ENDPOINT), NOW + 60, NOW, null, "j"), ISSUER, NOW)).isPresent();
        assertThat(rule.refusal(fresh(), null, NOW)).isPresent();
    }

    @Test
    void theAudienceMustBeThisEndpointAlone() {
        assertThat(rule.refusal(claims(ISSUER, List.of(ENDPOINT + "/"), NOW + 60, NOW, null, "j"), ISSUER, NOW)).contains("aud is not exactly this endpoint");
        assertThat(rule.refusal(claims(ISSUER, List.of(ENDPOINT, "other"), NOW + 60, NOW, null, "j"), ISSUER, NOW)).isPresent();
        assertThat(rule.refusal(claims(ISSUER, List.of(), NOW + 60, NOW, null, "j"), ISSUER, NOW)).isPresent();
        assertThat(rule.refusal(claims(ISSUER, null, NOW + 60, NOW, null, "j"), ISSUER, NOW)).isPresent();
        assertThat(rule.refusal(claims(ISSUER, List.of(ENDPOINT.replace("acme", "globex")), NOW + 60, NOW, null, "j"), ISSUER, NOW)).isPresent();
    }

    @Test
    void aJtiIsRequired() {
        assertThat(rule.refusal(claims(ISSUER, List.of(ENDPOINT), NOW + 60, NOW, null, null), ISSUER, NOW)).contains("no jti");
        assertThat(rule.refusal(claims(ISSUER, List.of(ENDPOINT), NOW + 60, NOW, null, " "), ISSUER, NOW)).contains("no jti");
    }

    @Test
    void expAndIatAreRequired() {
        assertThat(rule.refusal(claims(ISSUER, List.of(ENDPOINT), null, NOW, null, "j"), ISSUER, NOW)).contains("no iat or exp");
        assertThat(rule.refusal(claims(ISSUER, List.of(ENDPOINT), NOW + 60, null, null, "j"), ISSUER, NOW)).contains("no iat or exp");
    }

    @Test
    void anExpiredJwtIsRefusedBeyondTheClockSkew() {
        long skew = RevocationTokenRule.CLOCK_SKEW_SECONDS;
        assertThat(rule.refusal(claims(ISSUER, List.of(ENDPOINT), NOW - skew, NOW - 120, null, "j"), ISSUER, NOW)).contains("expired");
        assertThat(rule.refusal(claims(ISSUER, List.of(ENDPOINT), NOW - skew + 1, NOW - 120, null, "j"), ISSUER, NOW)).isEmpty();
    }

    @Test
    void iatAndNbfMayNotBeInTheFuture() {
        long skew = RevocationTokenRule.CLOCK_SKEW_SECONDS;
        assertThat(rule.refusal(claims(ISSUER, List.of(ENDPOINT), NOW + 200, NOW + skew + 1, null, "j"), ISSUER, NOW)).contains("iat in the future");
        assertThat(rule.refusal(claims(ISSUER, List.of(ENDPOINT), NOW + 200, NOW + skew, null, "j"), ISSUER, NOW)).isEmpty();
        assertThat(rule.refusal(claims(ISSUER, List.of(ENDPOINT), NOW + 200, NOW, NOW + skew + 1, "j"), ISSUER, NOW)).contains("nbf in the future");
    }

    @Test
    void aLongLivedJwtIsRefused() {
        long max = RevocationTokenRule.MAX_LIFETIME_SECONDS + RevocationTokenRule.CLOCK_SKEW_SECONDS;
        assertThat(rule.refusal(claims(ISSUER, List.of(ENDPOINT), NOW + max, NOW, null, "j"), ISSUER, NOW)).isEmpty();
        assertThat(rule.refusal(claims(ISSUER, List.of(ENDPOINT), NOW + max + 1, NOW, null, "j"), ISSUER, NOW)).contains("lifetime longer than allowed");
        assertThat(rule.refusal(claims(ISSUER, List.of(ENDPOINT), NOW + 3600, NOW - 3500, null, "j"), ISSUER, NOW)).isPresent();
    }

    @Test
    void aUsedJtiIsRememberedUntilTheJwtCouldNoLongerPass() {
        assertThat(RevocationTokenRule.replayWindowSeconds(fresh(), NOW)).isEqualTo(60 + RevocationTokenRule.CLOCK_SKEW_SECONDS);
        assertThat(RevocationTokenRule.replayWindowSeconds(claims(ISSUER, List.of(ENDPOINT), NOW - 100, NOW - 200, null, "j"), NOW)).isEqualTo(1);
    }
}
