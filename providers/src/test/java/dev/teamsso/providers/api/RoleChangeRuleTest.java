package dev.teamsso.providers.api;

import static dev.teamsso.providers.api.RoleChangeRule.Decision.DEMOTE;
import static dev.teamsso.providers.api.RoleChangeRule.Decision.PROMOTE;
import static dev.teamsso.providers.api.RoleChangeRule.Decision.REFUSE_LAST_ADMIN;
import static dev.teamsso.providers.api.RoleChangeRule.Decision.REFUSE_NOT_ADMIN;
import static dev.teamsso.providers.api.RoleChangeRule.Decision.UNCHANGED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleChangeRuleTest {

    private static final String ALICE = "alice";
    private static final String BOB = "bob";
    private static final String CAROL = "carol";

    @Test
    void anAdminPromotesAMember() {
        assertThat(RoleChangeRule.decide(Set.of(ALICE), ALICE, BOB, "admin")).isEqualTo(PROMOTE);
    }

    @Test
    void anAdminDemotesAnotherAdmin() {
        assertThat(RoleChangeRule.decide(Set.of(ALICE, BOB), ALICE, BOB, "member")).isEqualTo(DEMOTE);
    }

    @Test
    void theLastAdminCannotBeDemoted() {
        assertThat(RoleChangeRule.decide(Set.of(ALICE), ALICE, ALICE, "member")).isEqualTo(REFUSE_LAST_ADMIN);
    }

    @Test
    void anAdminMayDemoteThemselfWhileAnotherAdminRemains() {
        assertThat(RoleChangeRule.decide(Set.of(ALICE, BOB), ALICE, ALICE, "member")).isEqualTo(DEMOTE);
    }

    @Test
    void membersChangeNothing() {
        assertThat(RoleChangeRule.decide(Set.of(ALICE), BOB, BOB, "admin")).isEqualTo(REFUSE_NOT_ADMIN);
        assertThat(RoleChangeRule.decide(Set.of(ALICE), BOB, ALICE, "member")).isEqualTo(REFUSE_NOT_ADMIN);
        assertThat(RoleChangeRule.decide(Set.of(ALICE), CAROL, BOB, "member")).isEqualTo(REFUSE_NOT_ADMIN);
    }

    @Test
    void anAdminDemotedMeanwhileIsNoLongerAllowed() {
        // Bob was demoted by Alice while his own request waited for the team lock.
        assertThat(RoleChangeRule.decide(Set.of(ALICE), BOB, CAROL, "admin")).isEqualTo(REFUSE_NOT_ADMIN);
    }

    @Test
    void settingTheRoleSomeoneHasChangesNothing() {
        assertThat(RoleChangeRule.decide(Set.of(ALICE, BOB), ALICE, BOB, "admin")).isEqualTo(UNCHANGED);
        assertThat(RoleChangeRule.decide(Set.of(ALICE), ALICE, CAROL, "member")).isEqualTo(UNCHANGED);
    }

    @Test
    void aTeamWithoutAdminsCannotBeChangedThroughTheApi() {
        assertThat(RoleChangeRule.decide(Set.of(), ALICE, BOB, "admin")).isEqualTo(REFUSE_NOT_ADMIN);
    }
}
