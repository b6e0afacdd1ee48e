package dev.teamsso.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class PrerequisiteTest {

    @Test
    void aPresentPrerequisitePassesEverywhere() {
        assertThatCode(() -> Prerequisite.require(true, "x", "true")).doesNotThrowAnyException();
        assertThatCode(() -> Prerequisite.require(true, "x", null)).doesNotThrowAnyException();
    }

    @Test
    void aMissingPrerequisiteSkipsOnALaptop() {
        assertThatThrownBy(() -> Prerequisite.require(false, "Chromium is not installed", null))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("Chromium is not installed");
        assertThatThrownBy(() -> Prerequisite.require(false, "no haproxy", "false"))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void aMissingPrerequisiteFailsInCi() {
        assertThatThrownBy(() -> Prerequisite.require(false, "Chromium is not installed", "true"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("CI=true")
                .hasMessageContaining("Chromium is not installed");
    }
}
