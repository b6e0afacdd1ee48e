package dev.teamsso.providers.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TeamIdInputTest {

    @Test
    void trimsAndLowerCases() {
        assertThat(TeamIdInput.of("  Acme-ENG \t").normalized()).isEqualTo("acme-eng");
        assertThat(TeamIdInput.of("  Acme-ENG ").isWellFormed()).isTrue();
    }

    @Test
    void treatsNullAsEmpty() {
        assertThat(TeamIdInput.of(null).isEmpty()).isTrue();
        assertThat(TeamIdInput.of(null).isWellFormed()).isFalse();
    }

    @Test
    void keepsAtMostAFewHundredCharacters() {
        assertThat(TeamIdInput.of("a".repeat(100_000)).normalized()).hasSize(TeamIdInput.MAX_KEPT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"аcme", "acme\u200b", "ACME\u0130", "../acme", "<script>", "acme' OR '1'='1", "acme%2f"})
    void lookAlikesAndFragmentsAreMalformed(String input) {
        assertThat(TeamIdInput.of(input).isWellFormed()).isFalse();
    }

    /** Java lower-cases the Kelvin sign (U+212A) to an ASCII "k": it must not become a real Team ID. */
    @ParameterizedTest
    @ValueSource(strings = {"\u212Aappa", "\u212A", "ACME-\u212AIT", "\u212Ap"})
    void nonAsciiLettersNeverFoldIntoAValidId(String input) {
        assertThat(TeamIdInput.of(input).isWellFormed()).isFalse();
    }
}
