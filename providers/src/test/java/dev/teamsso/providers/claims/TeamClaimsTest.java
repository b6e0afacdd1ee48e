package dev.teamsso.providers.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class TeamClaimsTest {

    @Test
    void membersShareTheTeamsAccountByDefault() {
        assertThat(TeamClaims.of("acme", "member", false, "user-1").asMap())
                .containsExactly(
                        entry("team_id", "acme"),
                        entry("team_role", "member"),
                        entry("account_id", "acme"));
    }

    @Test
    void perUserAccountScopeNamesTheUser() {
        assertThat(TeamClaims.of("acme", "admin", true, "user-1").asMap())
                .containsEntry("account_id", "user-1")
                .containsEntry("team_role", "admin");
    }
}
