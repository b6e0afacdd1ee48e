package dev.teamsso.providers.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamDefinitionTest {

    private static final Map<String, String> MARKED = Map.of(TeamContract.TEAM_IDP_MARKER, "true");

    @Test
    void aMarkedIdpLinkedToTheOrganizationOfItsAliasIsATeam() {
        assertThat(TeamDefinition.isTeam("org-1", "acme", "acme", "org-1", MARKED)).isTrue();
    }

    @Test
    void anUnmarkedIdpIsNoTeamEvenWhenLinked() {
        Map<String, String> unmarked = new HashMap<>(Map.of(TeamContract.IDP_ISSUER, "https://acme.okta.com"));
        assertThat(TeamDefinition.isTeam("org-1", "acme", "acme", "org-1", unmarked)).isFalse();
        unmarked.put(TeamContract.TEAM_IDP_MARKER, "false");
        assertThat(TeamDefinition.isTeam("org-1", "acme", "acme", "org-1", unmarked)).isFalse();
        assertThat(TeamDefinition.isTeam("org-1", "acme", "acme", "org-1", null)).isFalse();
        assertThat(TeamDefinition.isTeamIdentityProvider(null)).isFalse();
    }

    @Test
    void anUnlinkedOrOtherwiseNamedPairIsNoTeam() {
        assertThat(TeamDefinition.isTeam("org-1", "acme", "acme", null, MARKED)).isFalse();
        assertThat(TeamDefinition.isTeam("org-1", "acme", "acme", "org-2", MARKED)).isFalse();
        assertThat(TeamDefinition.isTeam("org-1", "acme", "acme-eng", "org-1", MARKED)).isFalse();
        assertThat(TeamDefinition.isTeam(null, "acme", "acme", null, MARKED)).isFalse();
    }

    @Test
    void anOrganizationWhoseAliasIsNoTeamIdIsNoTeam() {
        assertThat(TeamDefinition.isTeam("org-1", "Acme", "Acme", "org-1", MARKED)).isFalse();
        assertThat(TeamDefinition.isTeam("org-1", "setup", "setup", "org-1", MARKED)).isFalse();
        assertThat(TeamDefinition.isTeam("org-1", null, null, "org-1", MARKED)).isFalse();
    }
}
