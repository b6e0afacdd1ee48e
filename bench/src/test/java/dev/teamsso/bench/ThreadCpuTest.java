package dev.teamsso.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
}
