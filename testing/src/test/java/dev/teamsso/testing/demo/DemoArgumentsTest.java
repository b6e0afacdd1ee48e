package dev.teamsso.testing.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoArgumentsTest {

    @Test
    void noArgumentsIsOneNodeAndNodesNamesTheClusterSize() {
        assertThat(DemoArguments.nodes(new String[0])).isEqualTo(1);
        assertThat(DemoArguments.nodes(new String[] {"--nodes", "2"})).isEqualTo(2);
        assertThat(DemoArguments.nodes(new String[] {"--nodes=3"})).isEqualTo(3);
    }

    @Test
    void badArgumentsSayTheFix() {
        assertThatThrownBy(() -> DemoArguments.nodes(new String[] {"--nodes", "two"})).hasMessageContaining("Fix: --nodes 2");
        assertThatThrownBy(() -> DemoArguments.nodes(new String[] {"--nodes=0"})).hasMessageContaining("Fix: --nodes 2");
        assertThatThrownBy(() -> DemoArguments.nodes(new String[] {"--cluster"})).hasMessageContaining("Fix: bin/demo");
    }
}
