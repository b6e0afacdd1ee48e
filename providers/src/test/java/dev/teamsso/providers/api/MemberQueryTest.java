package dev.teamsso.providers.api;

import dev.teamsso.providers.contract.TeamApiContract;
import dev.teamsso.providers.contract.TeamApiError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MemberQueryTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        MemberQuery query = MemberQuery.parse(null, null, null);

        assertThat(query.first()).isZero();
        assertThat(query.max()).isEqualTo(TeamApiContract.DEFAULT_MAX).isEqualTo(20);
        assertThat(query.hasSearch()).isFalse();
    }

    @Test
    void emptyParametersMeanTheDefaults() {
        assertThat(MemberQuery.parse("", "", "  ")).isEqualTo(new MemberQuery(0, 20, null));
    }

    @ParameterizedTest
    @CsvSource({"0,1,0,1", "40,20,40,20", "999,100,999,100", "0,101,0,100", "5,999999999,5,100"})
    void largePagesAreCutToTheCap(String first, String max, int expectedFirst, int expectedMax) {
        MemberQuery query = MemberQuery.parse(first, max, null);

        assertThat(query.first()).isEqualTo(expectedFirst);
        assertThat(query.max()).isEqualTo(expectedMax).isLessThanOrEqualTo(TeamApiContract.MAX_PAGE_SIZE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "abc", "1.5", "+3", " 3", "1e3", "9999999999", "٣"})
    void malformedFirstIsRefused(String first) {
        assertThatThrownBy(() -> MemberQuery.parse(first, null, null))
                .isInstanceOfSatisfying(TeamApiException.class, e -> assertThat(e.error()).isEqualTo(TeamApiError.INVALID_QUERY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "x", "00000000000"})
    void maxBelowOneOrMalformedIsRefused(String max) {
        assertThatThrownBy(() -> MemberQuery.parse("0", max, null))
                .isInstanceOfSatisfying(TeamApiException.class, e -> assertThat(e.error()).isEqualTo(TeamApiError.INVALID_QUERY));
    }

    @Test
    void searchIsTrimmedAndLimited() {
        assertThat(MemberQuery.parse(null, null, "  bob ").search()).isEqualTo("bob");
        assertThat(MemberQuery.parse(null, null, "b".repeat(100)).search()).hasSize(100);
        assertThatThrownBy(() -> MemberQuery.parse(null, null, "b".repeat(101)))
                .isInstanceOfSatisfying(TeamApiException.class, e -> assertThat(e.error()).isEqualTo(TeamApiError.INVALID_QUERY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"first", "max", "search"})
    void aParameterGivenTwiceIsRefused(String name) {
        Map<String, List<String>> query = Map.of(name, List.of("1", "2"));

        assertThatThrownBy(() -> MemberQuery.parse(query))
                .isInstanceOfSatisfying(TeamApiException.class, e -> assertThat(e.error()).isEqualTo(TeamApiError.INVALID_QUERY));
    }

    @Test
    void singleParametersAreReadFromTheRawQuery() {
        MemberQuery query = MemberQuery.parse(Map.of("first", List.of("3"), "max", List.of("7")));

        assertThat(query.first()).isEqualTo(3);
        assertThat(query.max()).isEqualTo(7);
    }
}
