package dev.teamsso.providers.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class TeamTokensTest {

    @Test
    void aTokenMatchesOnlyItsOwnHash() {
        SecureRandom random = new SecureRandom();
        String token = TeamTokens.generate(TeamTokens.SCIM_PREFIX, random);
        String other = TeamTokens.generate(TeamTokens.SCIM_PREFIX, random);

        assertThat(token).startsWith(TeamTokens.SCIM_PREFIX).hasSize(TeamTokens.SCIM_PREFIX.length() + 43).isNotEqualTo(other);
        assertThat(TeamTokens.matches(token, TeamTokens.hash(token))).isTrue();
        assertThat(TeamTokens.matches(other, TeamTokens.hash(token))).isFalse();
        assertThat(TeamTokens.matches(token + "x", TeamTokens.hash(token))).isFalse();
        assertThat(TeamTokens.matches(null, TeamTokens.hash(token))).isFalse();
        assertThat(TeamTokens.matches(token, null)).isFalse();
    }

    @Test
    void theHashDoesNotContainTheToken() {
        String token = TeamTokens.generate(TeamTokens.SCIM_PREFIX, new SecureRandom());
        assertThat(TeamTokens.hash(token)).startsWith("sha256:").doesNotContain(token.substring(TeamTokens.SCIM_PREFIX.length()));
    }
}
