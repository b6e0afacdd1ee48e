package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScimFilterTest {

    private static final List<String> USER = List.of("userName", "externalId", "id");

    @Test
    void readsOktasUserNameFilter() {
        assertThat(ScimFilter.parse("userName eq \"bob@acme.com\"", USER)).isEqualTo(new ScimFilter("userName", "bob@acme.com"));
    }

    @Test
    void attributeAndOperatorCompareCaseInsensitivelyAndTheAttributeComesBackInOurSpelling() {
        assertThat(ScimFilter.parse("  USERNAME  EQ \"Bob\" ", USER)).isEqualTo(new ScimFilter("userName", "Bob"));
    }

    @Test
    void valueIsAJsonStringWithEscapes() {
        assertThat(ScimFilter.parse("externalId eq \"a\\\"b\\\\c\\u00e9\"", USER).value()).isEqualTo("a\"b\\cé");
    }

    @Test
    void blankMeansNoFilter() {
        assertThat(ScimFilter.parse(null, USER)).isNull();
        assertThat(ScimFilter.parse("  ", USER)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"userName co \"bob\"", "userName eq bob", "userName eq \"bob", "email eq \"x\"",
            "userName eq \"a\" and id eq \"b\"", "userName eq \"a\" or 1 eq 1", "userName pr", "(userName eq \"a\")",
            "userName eq \"bad \\x escape\"", "userName eq 5", "eq \"a\"", "userName eq \"a\"\"b\""})
    void everythingElseIsAnInvalidFilter(String filter) {
        assertThatThrownBy(() -> ScimFilter.parse(filter, USER))
                .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.error()).isEqualTo(ScimError.INVALID_FILTER));
    }

    @Test
    void overLongFiltersAreRefusedBeforeMatching() {
        String filter = "userName eq \"" + "a".repeat(ScimContract.MAX_FILTER_LENGTH) + "\"";
        assertThatThrownBy(() -> ScimFilter.parse(filter, USER)).isInstanceOf(ScimException.class);
    }
}
