package dev.teamsso.providers.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScimPagingTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "null,null,1,200", "1,100,1,100", "0,10,1,10", "-5,10,1,10", "201,0,201,0", "3,-1,3,0", "1,5000,1,200"})
    void startIndexFromOneCountFromZeroCutToTheCap(String startIndex, String count, int expectedStart, int expectedCount) {
        ScimPaging paging = ScimPaging.parse(startIndex, count);

        assertThat(paging.startIndex()).isEqualTo(expectedStart);
        assertThat(paging.count()).isEqualTo(expectedCount);
        assertThat(paging.offset()).isEqualTo(expectedStart - 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "1e3", "9999999999", "--1", "-", "٣"})
    void nonNumbersAreRefused(String raw) {
        assertThatThrownBy(() -> ScimPaging.parse(raw, null))
                .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.error()).isEqualTo(ScimError.INVALID_PAGING));
        assertThatThrownBy(() -> ScimPaging.parse(null, raw)).isInstanceOf(ScimException.class);
    }
}
