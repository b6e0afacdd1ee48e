package dev.teamsso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOfOneToHundredMilliseconds() {
        long[] nanos = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).toArray();

        Percentiles p = Percentiles.of(nanos);

        assertThat(p.p50()).isEqualTo(50.0);
        assertThat(p.p95()).isEqualTo(95.0);
        assertThat(p.p99()).isEqualTo(99.0);
        assertThat(p.count()).isEqualTo(100);
    }

    @Test
    void oneSampleIsEveryPercentileAndNoneIsNaN() {
        assertThat(Percentiles.of(new long[] {7_000_000}).p99()).isEqualTo(7.0);
        assertThat(Percentiles.of(new long[0]).p50()).isNaN();
    }
}
