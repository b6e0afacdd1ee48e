package dev.teamsso.providers.scim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminGroupChangeTest {

    private static final String ADMINS = "DeepInfra Admins";

    @Test
    void addedMembersOfTheAdminGroupAreGrantedRemovedOnesRevoked() {
        AdminGroupChange change = AdminGroupChange.of(ADMINS, ADMINS, Set.of("a", "b"), "deepinfra admins ", Set.of("b", "c"));

        assertThat(change.grant()).containsExactly("c");
        assertThat(change.revoke()).containsExactly("a");
    }

    @Test
    void renamingIntoOrAwayFromTheAdminNameGrantsOrRevokesEveryone() {
        assertThat(AdminGroupChange.of(ADMINS, "Staff", Set.of("a"), ADMINS, Set.of("a", "b")).grant()).containsExactlyInAnyOrder("a", "b");
        AdminGroupChange away = AdminGroupChange.of(ADMINS, ADMINS, Set.of("a", "b"), "Former Admins", Set.of("a", "b"));
        assertThat(away.revoke()).containsExactlyInAnyOrder("a", "b");
        assertThat(away.grant()).isEmpty();
    }

    @Test
    void deletingTheAdminGroupRevokesItsMembers() {
        assertThat(AdminGroupChange.of(ADMINS, ADMINS, Set.of("a"), null, Set.of()).revoke()).containsExactly("a");
    }

    @Test
    void otherGroupsAndTeamsWithoutAnAdminGroupCarryNoRole() {
        AdminGroupChange other = AdminGroupChange.of(ADMINS, "Engineering", Set.of("a"), "Engineering", Set.of("b"));
        assertThat(other.grant()).isEmpty();
        assertThat(other.revoke()).isEmpty();
        AdminGroupChange none = AdminGroupChange.of(null, ADMINS, Set.of("a"), ADMINS, Set.of("b"));
        assertThat(none.grant()).isEmpty();
        assertThat(none.revoke()).isEmpty();
    }
}
