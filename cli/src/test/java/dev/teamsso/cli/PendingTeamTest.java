package dev.teamsso.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.contract.TeamSettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.OrganizationRepresentation;

class PendingTeamTest {

    private static final Instant NOW = Instant.parse("2026-12-02T04:00:00Z");

    @Test
    void anOrganizationWithASetupStateIsPendingAndOneWithoutIsNot() {
        assertThat(PendingTeam.of(organization(Map.of(TeamSettings.SETUP_STATE_ATTRIBUTE, List.of("invited"),
                TeamSettings.SETUP_EXPIRES_ATTRIBUTE, List.of("2026-12-05T04:00:00Z")))))
                .contains(new PendingTeam("invited", "2026-12-05T04:00:00Z"));
        assertThat(PendingTeam.of(organization(Map.of(TeamContract.ADMIN_EMAIL_ATTRIBUTE, List.of("it@acme.example"))))).isEmpty();
        assertThat(PendingTeam.of(organization(Map.of(TeamSettings.SETUP_STATE_ATTRIBUTE, List.of(" "))))).isEmpty();
        assertThat(PendingTeam.of(organization(null))).isEmpty();
    }

    @Test
    void theLinkExpiresAtItsInstantAndAnUnreadableExpiryCountsAsExpired() {
        assertThat(new PendingTeam("invited", "2026-12-05T04:00:00Z").expiredAt(NOW)).isFalse();
        assertThat(new PendingTeam("invited", "2026-12-02T04:00:00Z").expiredAt(NOW)).isTrue();
        assertThat(new PendingTeam("invited", "2026-12-01T04:00:00Z").linkText(NOW)).isEqualTo("link expired 2026-12-01T04:00:00Z");
        assertThat(new PendingTeam("invited", "2026-12-05T04:00:00Z").linkText(NOW)).isEqualTo("link expires 2026-12-05T04:00:00Z");
        assertThat(new PendingTeam("invited", "next week").expiredAt(NOW)).isTrue();
        assertThat(new PendingTeam("invited", null).linkText(NOW)).startsWith("link expired");
    }

    @Test
    void statesReadAsWords() {
        assertThat(new PendingTeam(TeamSettings.SETUP_STATE_VALUES_ACCEPTED, null).stateText()).isEqualTo("values accepted");
        assertThat(new PendingTeam(TeamSettings.SETUP_STATE_INVITED, null).stateText()).isEqualTo("invited");
    }

    @Test
    void aPendingTeamIsRefusedWithTheFixAndALiveOneIsNot() {
        OrganizationRepresentation pending = organization(Map.of(TeamSettings.SETUP_STATE_ATTRIBUTE, List.of("invited")));
        assertThatThrownBy(() -> PendingTeam.refuse(pending, "be enabled"))
                .isInstanceOfSatisfying(TeamStateException.class, e -> assertThat(e.kind()).isEqualTo(TeamStateException.Kind.PENDING))
                .hasMessage("team initech is pending set-up (invited), so it cannot be enabled. Fix: let its Okta admin finish"
                        + " the set-up with the link from 'teams invite', or end it with 'teams invite --revoke initech'");
        PendingTeam.refuse(organization(Map.of()), "be enabled");
    }

    @Test
    void theLinkIsTheSetupPathOfTheRealmUnderTheBase() {
        assertThat(TeamInvitations.link("https://sso.example.com/", "deepinfra", "tsso_setup_abc"))
                .isEqualTo("https://sso.example.com/realms/deepinfra/teams/setup/tsso_setup_abc");
        assertThat(TeamInvitations.link("http://localhost:8080", "r", "t")).isEqualTo("http://localhost:8080/realms/r/teams/setup/t");
    }

    private static OrganizationRepresentation organization(Map<String, List<String>> attributes) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setAlias("initech");
        organization.setAttributes(attributes);
        return organization;
    }
}
