package dev.teamsso.providers.contract.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IssuerUrlCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "https://acme.okta.com/oauth2/default",
        "https://acme.okta.com",
        "https://login.acme.com/oauth2/aus1abc"})
    void acceptsHttpsIssuers(String issuer) {
        assertThat(IssuerUrlCheck.check(issuer, false)).isEmpty();
        assertThat(IssuerUrlCheck.check(issuer, true)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8085/acme", "http://127.0.0.1:8080/realms/upstream"})
    void acceptsPlainHttpOnThisMachineOnlyWithTheDevAllowance(String issuer) {
        assertThat(IssuerUrlCheck.check(issuer, true)).isEmpty();
        assertThat(IssuerUrlCheck.check(issuer, false)).hasValueSatisfying(problem -> {
            assertThat(problem.found()).contains("uses plain HTTP");
            assertThat(problem.fix()).contains("--allow-loopback-issuer");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://acme.okta.com/oauth2/default", "http://10.0.0.5/realms/x"})
    void refusesPlainHttpAwayFromThisMachineEvenWithTheDevAllowance(String issuer) {
        assertThat(IssuerUrlCheck.check(issuer, true)).hasValueSatisfying(problem ->
                assertThat(problem.found()).contains("uses plain HTTP"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://acme.okta.com/oauth2/default | uses plain HTTP | --issuer https://acme.okta.com/oauth2/default",
        "https://acme-admin.okta.com/admin/dashboard | Okta admin console | --issuer https://acme.okta.com/oauth2/default",
        "https://acme.okta.com/oauth2/default/.well-known/openid-configuration | discovery or endpoint URL | --issuer https://acme.okta.com/oauth2/default",
        "https://acme.okta.com/oauth2/v1/authorize | discovery or endpoint URL | --issuer https://acme.okta.com",
        "https://acme.okta.com/oauth2/default?x=1 | query or fragment | --issuer https://acme.okta.com/oauth2/default",
        "acme.okta.com | not an http(s) URL | like https://acme.okta.com/oauth2/default",
        "ftp://acme.okta.com | not an http(s) URL | like https://",
    })
    void namesTheSlipAndTheFix(String issuer, String found, String fix) {
        assertThat(IssuerUrlCheck.check(issuer, false)).hasValueSatisfying(problem -> {
            assertThat(problem.field()).isEqualTo(Field.ISSUER);
            assertThat(problem.found()).contains(found);
            assertThat(problem.fix()).contains(fix);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " https://acme.okta.com"})
    void missingOrSpacedIssuerIsAProblem(String issuer) {
        assertThat(IssuerUrlCheck.check(issuer, false)).hasValueSatisfying(problem -> assertThat(problem.describe()).startsWith("--issuer: "));
    }
}
