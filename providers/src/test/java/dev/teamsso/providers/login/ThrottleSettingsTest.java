package dev.teamsso.providers.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThrottleSettingsTest {

    @Test
    void noConfigAttachedMeansTheDefaults() {
        assertThat(ThrottleSettings.from(null)).isEqualTo(ThrottleSettings.DEFAULTS);
        assertThat(ThrottleSettings.DEFAULTS).isEqualTo(new ThrottleSettings(5, 20, 300));
    }

    @Test
    void refusesLimitsBelowOne() {
        assertThatThrownBy(() -> new ThrottleSettings(0, 20, 300)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThrottleSettings(5, 20, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void windowIsInMilliseconds() {
        assertThat(new ThrottleSettings(1, 1, 2).windowMillis()).isEqualTo(2_000);
    }
}
