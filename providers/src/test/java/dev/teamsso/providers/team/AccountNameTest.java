package dev.teamsso.providers.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccountNameTest {

    @Test
    void namespacesTheOktaSubjectWithTheTeamId() {
        assertThat(AccountName.of("acme-eng", "00uA1b2C3d4E5f6G7h8")).isEqualTo("acme-eng.00ua1b2c3d4e5f6g7h8");
    }

    @Test
    void teamsSharingOneOktaNeverShareAUsername() {
        assertThat(AccountName.of("acme", "00u1")).isNotEqualTo(AccountName.of("acme-eng", "00u1"));
    }

    @Test
    void replacesCharactersThatUsernamesMayNotHold() {
        assertThat(AccountName.of("acme", "a b/c:d")).isEqualTo("acme.a_b_c_d");
    }

    @Test
    void refusesAMissingSubject() {
        assertThatThrownBy(() -> AccountName.of("acme", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccountName.of("acme", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
