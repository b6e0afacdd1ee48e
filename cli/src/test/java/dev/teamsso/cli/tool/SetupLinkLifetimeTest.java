package dev.teamsso.cli.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SetupLinkLifetimeTest {

    @Test
    void minutesHoursAndDaysUpToSevenDays() {
        assertThat(SetupLinkLifetime.parse("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(SetupLinkLifetime.parse("72h")).isEqualTo(Duration.ofHours(72));
        assertThat(SetupLinkLifetime.parse("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(SetupLinkLifetime.parse("168h")).isEqualTo(Duration.ofDays(7));
        assertThat(SetupLinkLifetime.parse("1m")).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void noValueIsTheDefaultOf72Hours() {
        assertThat(SetupLinkLifetime.parse(null)).isEqualTo(Duration.ofHours(72)).isEqualTo(SetupLinkLifetime.DEFAULT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0m", "0h", "0d"})
    void zeroIsRefused(String value) {
        assertThatThrownBy(() -> SetupLinkLifetime.parse(value)).isInstanceOfSatisfying(ToolFailure.class,
                failure -> assertThat(failure.exitCode()).isEqualTo(ExitCode.INVALID))
                .hasMessageContaining("--expires: '" + value + "' is no time at all").hasMessageContaining("Fix: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8d", "169h", "10081m", "999999d"})
    void moreThanSevenDaysIsRefused(String value) {
        assertThatThrownBy(() -> SetupLinkLifetime.parse(value)).isInstanceOfSatisfying(ToolFailure.class,
                failure -> assertThat(failure.exitCode()).isEqualTo(ExitCode.INVALID))
                .hasMessageContaining("longer than 7 days");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "72", "h", "3 days", "-1h", "1.5h", "72H", "1w", "P3D", "1h30m", "9999999m"})
    void anythingElseIsNotADuration(String value) {
        assertThatThrownBy(() -> SetupLinkLifetime.parse(value)).isInstanceOfSatisfying(ToolFailure.class,
                failure -> assertThat(failure.exitCode()).isEqualTo(ExitCode.INVALID))
                .hasMessageContaining("is not a duration").hasMessageContaining("like 30m, 72h (the default) or 7d");
    }

    @Test
    void durationsAreDescribedAsWritten() {
        assertThat(SetupLinkLifetime.describe(Duration.ofHours(72))).isEqualTo("3d");
        assertThat(SetupLinkLifetime.describe(Duration.ofHours(5))).isEqualTo("5h");
        assertThat(SetupLinkLifetime.describe(Duration.ofMinutes(30))).isEqualTo("30m");
        assertThat(SetupLinkLifetime.describe(Duration.ofMinutes(90))).isEqualTo("90m");
    }
}
