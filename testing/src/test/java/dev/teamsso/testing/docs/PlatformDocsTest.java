package dev.teamsso.testing.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.providers.contract.TeamApiError;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps docs/platform-integration.md true: its team API error table is {@link TeamApiError}. */
class PlatformDocsTest {

    @Test
    void theErrorTableIsEveryTeamApiErrorWithItsStatus() throws Exception {
        Set<String> documented = MarkdownDoc.read("platform-integration.md").tableRows("### Errors").stream()
                .map(row -> row.get(0) + " " + row.get(1).replace("`", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inCode = Arrays.stream(TeamApiError.values()).map(error -> error.status() + " " + error.code())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented).as("docs/platform-integration.md errors vs TeamApiError").isEqualTo(inCode);
    }
}
