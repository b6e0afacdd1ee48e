package dev.teamsso.testing.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterViewTest {

    @Test
    void theLastViewCountsAndOtherLinesDoNot() {
        List<String> log = List.of(
                "INFO [org.infinispan.CLUSTER] ISPN000094: Received new cluster view for channel ISPN: [node1(v=16.0.14)|0] (1) [node1(v=16.0.14)]",
                "INFO [io.smallrye.health] (2) checks",
                "INFO [org.infinispan.CLUSTER] ISPN000094: Received new cluster view for channel ISPN: [node1(v=16.0.14)|1] (2) [node1(v=16.0.14), node2(v=16.0.14)]");

        assertThat(ClusterView.lastSize(log)).isEqualTo(2);
        assertThat(ClusterView.lastSize(log.subList(0, 2))).isEqualTo(1);
        assertThat(ClusterView.lastSize(List.of("no view yet"))).isZero();
    }
}
