package dev.teamsso.providers.contract.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenEndpointVerdictTest {

    @ParameterizedTest
    @CsvSource({
        "200, , ACCEPTED",
        "401, invalid_client, REJECTED",
        "400, invalid_client, REJECTED",
        "401, , REJECTED",
        "401, unauthorized_client, REJECTED",
        "500, server_error, UNKNOWN",
        "400, unauthorized_client, ACCEPTED",
        "400, unsupported_grant_type, ACCEPTED",
        "400, invalid_scope, ACCEPTED",
        "500, , UNKNOWN",
        "404, , UNKNOWN"
    })
    void onlyInvalidClientMeansTheCredentialsAreWrong(int status, String error, TokenEndpointVerdict verdict) {
        assertThat(TokenEndpointVerdict.of(status, error)).isEqualTo(verdict);
    }
}
