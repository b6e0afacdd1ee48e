package dev.teamsso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    private static final String STAT = "4711 (C2 CompilerThre) S 1 4700 4700 0 -1 4194368 1200 0 0 0 731 42 0 0 20 0 30 0 8800 0 0";

    @Test
    void readsNameAndUserPlusSystemTicks() {
        assertThat(ThreadCpu.name(STAT)).isEqualTo("C2 CompilerThre");
        assertThat(ThreadCpu.ticks(STAT)).isEqualTo(731 + 42);
    }

    @Test
    void namesWithParenthesesAndSpacesDoNotShiftTheFields() {
        String odd = "12 (pool (a) b) R 1 12 12 0 -1 0 0 0 0 0 5 6 0 0 20 0 1 0 0 0 0";
        assertThat(ThreadCpu.name(odd)).isEqualTo("pool (a) b");
        assertThat(ThreadCpu.ticks(odd)).isEqualTo(11);
    }

    @Test
    void sortsKeycloaksThreadsIntoKinds() {
        assertThat(ThreadCpu.kindOf("executor-thread-3")).isEqualTo(ThreadCpu.REQUESTS);
        assertThat(ThreadCpu.kindOf("vert.x-eventloop")).isEqualTo(ThreadCpu.REQUESTS);
        assertThat(ThreadCpu.kindOf("C1 CompilerThre")).isEqualTo(ThreadCpu.JIT);
        assertThat(ThreadCpu.kindOf("GC Thread#1")).isEqualTo(ThreadCpu.GC);
        assertThat(ThreadCpu.kindOf("G1 Conc#0")).isEqualTo(ThreadCpu.GC);
        assertThat(ThreadCpu.kindOf("jgroups-5,node")).isEqualTo(ThreadCpu.OTHER);
    }

    @Test
    void aThreadThatEndedIsCountedFromTheProcessTotalNotAsNegativeTime() {
        Map<String, ThreadCpu.ThreadTime> before = Map.of(
                "1", new ThreadCpu.ThreadTime(ThreadCpu.REQUESTS, 1000),
                "2", new ThreadCpu.ThreadTime(ThreadCpu.REQUESTS, 5000),
                "3", new ThreadCpu.ThreadTime(ThreadCpu.JIT, 200));
        Map<String, ThreadCpu.ThreadTime> after = Map.of(
                "1", new ThreadCpu.ThreadTime(ThreadCpu.REQUESTS, 1600),
                "3", new ThreadCpu.ThreadTime(ThreadCpu.JIT, 300),
                "4", new ThreadCpu.ThreadTime(ThreadCpu.REQUESTS, 100));

        Map<String, Double> per = ThreadCpu.perSignIn(before, after, 1000, 10);

        assertThat(per.get(ThreadCpu.REQUESTS)).isEqualTo(70.0);
        assertThat(per.get(ThreadCpu.JIT)).isEqualTo(10.0);
        assertThat(per.get(ThreadCpu.GC)).isEqualTo(0.0);
        assertThat(per.get(ThreadCpu.ENDED)).isEqualTo(20.0);
    }
}
