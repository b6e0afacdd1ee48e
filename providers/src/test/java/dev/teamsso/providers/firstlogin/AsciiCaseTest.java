package dev.teamsso.providers.firstlogin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiCaseTest {

    @Test
    void foldsAsciiLettersOnly() {
        assertThat(AsciiCase.fold("Kate.O'Neil+Ops@ACME.example")).contains("kate.o'neil+ops@acme.example");
    }

    @Test
    void anyNonAsciiCharacterHasNoFoldedForm() {
        assertThat(AsciiCase.fold("\u212Aate@acme.example")).as("Kelvin sign").isEmpty();
        assertThat(AsciiCase.fold("\u0130nfo@acme.example")).as("dotted capital I").isEmpty();
        assertThat(AsciiCase.fold("j\u00fcrgen@acme.example")).isEmpty();
    }
}
