package dev.teamsso.providers.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountNameTest {

    @Test
    void lowerCaseOktaSubjectsKeepTheirReadableName() {
        assertThat(AccountName.of("acme-eng", "00ua1b2c3d4e5f6g7h8")).isEqualTo("acme-eng.00ua1b2c3d4e5f6g7h8");
    }

    @Test
    void subjectsThatDifferOnlyInCaseNeverShareAName() {
        assertThat(AccountName.of("acme", "00uAnnCaseSensitive1")).isEqualTo("acme.00u_41nn_43ase_53ensitive1")
                .isNotEqualTo(AccountName.of("acme", "00uanncasesensitive1"));
    }

    @Test
    void theEscapeCharacterItselfIsEscaped() {
        assertThat(AccountName.of("acme", "a_41")).isEqualTo("acme.a_5f41").isNotEqualTo(AccountName.of("acme", "aA"));
    }

    @Test
    void namesOfDifferentTeamsDiffer() {
        assertThat(AccountName.of("acme", "00u1")).isNotEqualTo(AccountName.of("acme-eng", "00u1"));
    }

    @Test
    void otherCharactersAreEncodedNotReplaced() {
        assertThat(AccountName.of("acme", "a b/c")).isEqualTo("acme.a_20b_2fc").isNotEqualTo(AccountName.of("acme", "a_b_c"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00uAnnCaseSensitive1", "00uanncasesensitive1", "a_b", "x y/z:ü", "auth0|5f7c8ec7c33c6c004bbafe82", " padded "})
    void theNameGivesBackTheExactSubject(String subject) {
        assertThat(AccountName.subjectOf("acme", AccountName.of("acme", subject))).contains(subject);
    }

    @Test
    void namesOfOtherTeamsOrBrokenEncodingsHaveNoSubject() {
        assertThat(AccountName.subjectOf("acme", "globex.00u1")).isEmpty();
        assertThat(AccountName.subjectOf("acme", "acme.")).isEmpty();
        assertThat(AccountName.subjectOf("acme", "acme.a_4")).isEmpty();
    }

    @Test
    void aMissingSubjectIsRefused() {
        assertThatThrownBy(() -> AccountName.of("acme", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccountName.of("acme", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
