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
        "'', '', true, false",
        "kate@acme.example, \u212Aate@acme.example, true, false",
        "\u212Aate@acme.example, kate@acme.example, true, false",
        "stra\u00dfe@acme.example, STRASSE@acme.example, true, false",
        "ka\u0130@acme.example, kai@acme.example, true, false"
    })
    void grantsAdminOnlyToTheVerifiedAdminEmail(String adminEmail, String signedIn, boolean verified, boolean admin) {
        assertThat(AdminEmailRule.grantsAdmin(adminEmail, signedIn, verified)).isEqualTo(admin);
    }

    @ParameterizedTest(name = "admin {0}, granted for {1} -> open {2}")
    @CsvSource(nullValues = "null", value = {
        "it@acme.example, null, true",
        "IT@Acme.Example, it@acme.example, false",
        "new-it@acme.example, it@acme.example, true"
    })
    void theGrantHappensOncePerAdminEmail(String adminEmail, String grantedFor, boolean open) {
        assertThat(AdminEmailRule.stillOpen(adminEmail, grantedFor)).isEqualTo(open);
    }
}
