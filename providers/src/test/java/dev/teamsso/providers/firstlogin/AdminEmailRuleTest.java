package dev.teamsso.providers.firstlogin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdminEmailRuleTest {

    @ParameterizedTest(name = "admin {0}, signed in as {1}, verified {2} -> {3}")
    @CsvSource(nullValues = "null", value = {
        "it@acme.example, it@acme.example, true, true",
        "IT@Acme.Example, it@acme.example, true, true",
        "' it@acme.example ', it@acme.example, true, true",
        "it@acme.example, it@acme.example, false, false",
        "it@acme.example, it@acme.example.evil, true, false",
        "it@acme.example, null, true, false",
        "null, it@acme.example, true, false",
        "'', '', true, false"
    })
    void grantsAdminOnlyToTheVerifiedAdminEmail(String adminEmail, String signedIn, boolean verified, boolean admin) {
        assertThat(AdminEmailRule.grantsAdmin(adminEmail, signedIn, verified)).isEqualTo(admin);
    }
}
