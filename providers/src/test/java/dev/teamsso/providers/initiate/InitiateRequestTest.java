package dev.teamsso.providers.initiate;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InitiateRequestTest {

    @Test
    void readsTheThreeParameters() {
        InitiateRequest.Parsed parsed = InitiateRequest.parse(params("iss", "https://acme.okta.com",
                "login_hint", "a@acme.example", "target_link_uri", "https://app.example/"));

        assertThat(parsed.accepted()).contains(new InitiateRequest("https://acme.okta.com", "a@acme.example", "https://app.example/"));
    }

    @Test
    void blankOptionalParametersReadAsAbsent() {
        assertThat(InitiateRequest.parse(params("iss", "https://acme.okta.com", "login_hint", " ")).request().loginHint()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"id_token", "code", "access_token"})
    void refusesCredentials(String name) {
        assertThat(InitiateRequest.parse(params("iss", "https://acme.okta.com", name, "x")).refusal())
                .isEqualTo(InitiateRequest.Refusal.CREDENTIALS_OFFERED);
    }

    @Test
    void refusesAMissingIssuer() {
        assertThat(InitiateRequest.parse(params("login_hint", "a")).refusal()).isEqualTo(InitiateRequest.Refusal.MISSING_ISSUER);
        assertThat(InitiateRequest.parse(params("iss", "")).refusal()).isEqualTo(InitiateRequest.Refusal.MISSING_ISSUER);
    }

    @Test
    void refusesDuplicatedAndOversizedParameters() {
        MultivaluedMap<String, String> twice = params("iss", "https://a.okta.com");
        twice.add("iss", "https://b.okta.com");

        assertThat(InitiateRequest.parse(twice).refusal()).isEqualTo(InitiateRequest.Refusal.DUPLICATE_PARAMETER);
        assertThat(InitiateRequest.parse(params("iss", "https://a.okta.com", "target_link_uri", "x".repeat(5000))).refusal())
                .isEqualTo(InitiateRequest.Refusal.OVERSIZED_PARAMETER);
    }

    private static MultivaluedMap<String, String> params(String... namesAndValues) {
        MultivaluedMap<String, String> map = new MultivaluedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
