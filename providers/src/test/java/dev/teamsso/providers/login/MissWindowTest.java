package dev.teamsso.providers.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MissWindowTest {

    private static final long WINDOW = 300_000;

    @Test
    void blocksOnlyOnceTheLimitIsReachedInsideTheWindow() {
        MissWindow window = MissWindow.NONE;
        for (int miss = 1; miss < 5; miss++) {
            window = window.afterMiss(1_000 + miss, WINDOW);
            assertThat(window.blocks(2_000, WINDOW, 5)).as("after %d misses", miss).isFalse();
        }
        window = window.afterMiss(1_010, WINDOW);

        assertThat(window.misses()).isEqualTo(5);
        assertThat(window.blocks(2_000, WINDOW, 5)).isTrue();
    }

    @Test
    void theCoolDownEndsWithTheWindowAndTheNextMissOpensANewOne() {
        MissWindow full = new MissWindow(5, 1_000);

        assertThat(full.blocks(1_000 + WINDOW - 1, WINDOW, 5)).isTrue();
        assertThat(full.blocks(1_000 + WINDOW, WINDOW, 5)).isFalse();
        assertThat(full.afterMiss(1_000 + WINDOW, WINDOW)).isEqualTo(new MissWindow(1, 1_000 + WINDOW));
    }

    @Test
    void survivesARoundTripThroughNotesAndReadsGarbageAsNoMisses() {
        MissWindow window = new MissWindow(3, 123_456);
        Map<String, String> notes = new HashMap<>(window.toNotes());

        assertThat(MissWindow.fromNotes(notes::get)).isEqualTo(window);
        notes.put("misses", "many");
        assertThat(MissWindow.fromNotes(notes::get)).isEqualTo(MissWindow.NONE);
        assertThat(MissWindow.fromNotes(name -> null)).isEqualTo(MissWindow.NONE);
    }
}
