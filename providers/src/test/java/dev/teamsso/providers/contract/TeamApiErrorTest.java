package dev.teamsso.providers.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TeamApiErrorTest {

    @Test
    void everyErrorHasItsOwnCode() {
        assertThat(Arrays.stream(TeamApiError.values()).map(TeamApiError::code)).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(TeamApiError.class)
    void bodiesHaveExactlyErrorAndDescription(TeamApiError error) {
        assertThat(error.body()).containsOnlyKeys("error", "error_description")
                .containsEntry("error", error.code());
        assertThat(error.code()).matches("[a-z_]+");
        assertThat(error.status()).isBetween(400, 499);
    }

    @Test
    void unknownAndForeignTeamsLookTheSame() {
        assertThat(TeamApiError.TEAM_NOT_FOUND.description()).doesNotContainIgnoringCase("member");
    }
}
