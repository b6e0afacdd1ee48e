package dev.teamsso.providers.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TeamIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"acme", "acme-eng", "a1", "acme-eng-2", "x"})
    void acceptsSubdomainAndSubdomainGroup(String id) {
        assertThat(TeamId.isValid(id)).isTrue();
        assertThat(new TeamId(id).value()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Acme", "1acme", "-acme", "acme-", "acme--eng", "acme_eng", "acme.eng", " acme", "ácme"})
    void rejectsEverythingElse(String id) {
        assertThat(TeamId.isValid(id)).isFalse();
        assertThatThrownBy(() -> new TeamId(id)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"setup"})
    void refusesWordsOurPathsUse(String id) {
        assertThat(TeamId.FORMAT.matcher(id).matches()).isTrue();
        assertThat(TeamId.isReserved(id)).isTrue();
        assertThat(TeamId.isValid(id)).isFalse();
        assertThat(TeamId.suggestFor(" Setup ")).isEmpty();
        assertThat(TeamId.isValid("setup-team")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {63, 64})
    void allowsAtMostSixtyThreeCharacters(int length) {
        String id = "a".repeat(length);
        assertThat(TeamId.isValid(id)).isEqualTo(length <= TeamId.MAX_LENGTH);
    }

    @ParameterizedTest
    @CsvSource({
        "Acme_Corp, acme-corp",
        "' ACME ', acme",
        "acme--eng, acme-eng",
        "42acme, acme",
        "acme.eng., acme-eng"
    })
    void suggestsTheIdSomeoneMeant(String input, String suggestion) {
        assertThat(TeamId.suggestFor(input)).contains(suggestion);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "___", "123"})
    void suggestsNothingWhenNothingValidRemains(String input) {
        assertThat(TeamId.suggestFor(input)).isEmpty();
    }
}
