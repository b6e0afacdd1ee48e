package dev.teamsso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementCountsTest {

    @Test
    void givesCallsPerSignInMostFrequentFirstAndDropsBackgroundWork() {
        Map<String, Long> before = Map.of("select user", 10L, "insert event", 4L, "delete expired", 7L);
        Map<String, Long> after = Map.of("select user", 310L, "insert event", 204L, "delete expired", 9L, "insert session", 100L);

        List<Map.Entry<String, Double>> per = StatementCounts.perSignIn(before, after, 100);

        assertThat(per).extracting(Map.Entry::getKey).containsExactly("select user", "insert event", "insert session");
        assertThat(per).extracting(Map.Entry::getValue).containsExactly(3.0, 2.0, 1.0);
    }
}
