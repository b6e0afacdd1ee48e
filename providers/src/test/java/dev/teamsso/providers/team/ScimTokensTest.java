package dev.teamsso.providers.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class ScimTokensTest {

    @Test
    void aTokenMatchesOnlyItsOwnHash() {
        SecureRandom random = new SecureRandom();
        String token = ScimTokens.generate(random);
        String other = ScimTokens.generate(random);

        assertThat(token).startsWith(ScimTokens.PREFIX).hasSize(ScimTokens.PREFIX.length() + 43).isNotEqualTo(other);
        assertThat(ScimTokens.matches(token, ScimTokens.hash(token))).isTrue();
        assertThat(ScimTokens.matches(other, ScimTokens.hash(token))).isFalse();
        assertThat(ScimTokens.matches(token + "x", ScimTokens.hash(token))).isFalse();
        assertThat(ScimTokens.matches(null, ScimTokens.hash(token))).isFalse();
        assertThat(ScimTokens.matches(token, null)).isFalse();
    }

    @Test
    void theHashDoesNotContainTheToken() {
        String token = ScimTokens.generate(new SecureRandom());
        assertThat(ScimTokens.hash(token)).startsWith("sha256:").doesNotContain(token.substring(ScimTokens.PREFIX.length()));
    }
}
