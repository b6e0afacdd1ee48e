package dev.teamsso.providers.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamSettingsTest {

    @Test
    void noAttributesMeansNothingSet() {
        TeamSettings settings = TeamSettings.of((Map<String, List<String>>) null);

        assertThat(settings.scimTokenHash()).isEmpty();
        assertThat(settings.adminGroup()).isEmpty();
        assertThat(TeamSettings.of(Map.of(TeamSettings.ADMIN_GROUP_ATTRIBUTE, List.of())).adminGroup()).isEmpty();
        assertThat(TeamSettings.of(Map.of(TeamSettings.ADMIN_GROUP_ATTRIBUTE, List.of("  "))).adminGroup()).isEmpty();
    }

    @Test
    void readsTheFirstValueTrimmed() {
        TeamSettings settings = TeamSettings.of(Map.of(
                TeamSettings.SCIM_TOKEN_HASH_ATTRIBUTE, List.of("sha256:abc"),
                TeamSettings.ADMIN_GROUP_ATTRIBUTE, List.of(" DeepInfra Admins ", "ignored")));

        assertThat(settings.scimTokenHash()).contains("sha256:abc");
        assertThat(settings.adminGroup()).contains("DeepInfra Admins");
    }

    @Test
    void contractNamesCarryOurPrefix() {
        assertThat(TeamSettings.SCIM_TOKEN_HASH_ATTRIBUTE).isEqualTo("team-sso.scim-token-hash");
        assertThat(TeamSettings.ADMIN_GROUP_ATTRIBUTE).isEqualTo("team-sso.admin-group");
    }
}
