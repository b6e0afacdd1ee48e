package dev.teamsso.providers.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
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

    @Test
    void theServersReadsHonourTheDefaults() {
        TeamSettings none = TeamSettings.of(Map.of());
        TeamSettings perUser = TeamSettings.of(Map.of(TeamContract.ACCOUNT_SCOPE_ATTRIBUTE, List.of("user"),
                TeamContract.ADMIN_EMAIL_ATTRIBUTE, List.of("it@acme.example"), TeamContract.LANDING_CLIENT_ATTRIBUTE, List.of("billing")));

        assertThat(none.accountPerUser()).isFalse();
        assertThat(none.valueOrDefault(TeamSetting.ACCOUNT_SCOPE)).contains(TeamContract.ACCOUNT_SCOPE_TEAM);
        assertThat(none.adminEmail()).isEmpty();
        assertThat(none.landingClient()).isEmpty();
        assertThat(perUser.accountPerUser()).isTrue();
        assertThat(perUser.adminEmail()).contains("it@acme.example");
        assertThat(perUser.landingClient()).contains("billing");
        assertThat(TeamSettings.of(Map.of(TeamContract.ACCOUNT_SCOPE_ATTRIBUTE, List.of("team"))).accountPerUser()).isFalse();
    }

    @Test
    void writingOneSettingKeepsEveryOtherAttribute() {
        Map<String, List<String>> before = Map.of("other", List.of("kept"), TeamSettings.ADMIN_GROUP_ATTRIBUTE, List.of("Old"));

        Map<String, List<String>> set = TeamSettings.with(before, TeamSetting.ADMIN_GROUP, "DeepInfra Admins");
        Map<String, List<String>> removed = TeamSettings.with(before, TeamSetting.ADMIN_GROUP, null);

        assertThat(set).containsEntry("other", List.of("kept")).containsEntry(TeamSettings.ADMIN_GROUP_ATTRIBUTE, List.of("DeepInfra Admins"));
        assertThat(removed).containsOnlyKeys("other");
        assertThat(TeamSettings.with(before, TeamSetting.ADMIN_GROUP, " ")).containsOnlyKeys("other");
        assertThat(TeamSettings.with(null, TeamSetting.ADMIN_EMAIL, "it@acme.example"))
                .containsOnly(Map.entry(TeamContract.ADMIN_EMAIL_ATTRIBUTE, List.of("it@acme.example")));
        assertThat(before).containsEntry(TeamSettings.ADMIN_GROUP_ATTRIBUTE, List.of("Old"));
    }

    @Test
    void everySettingHasItsOwnPrefixedKeyAndSaysWhatItIs() {
        assertThat(Arrays.stream(TeamSetting.values()).map(TeamSetting::key)).doesNotHaveDuplicates()
                .allMatch(key -> key.matches("team-sso\\.[a-z]+(-[a-z]+)*"));
        assertThat(TeamSetting.values()).allSatisfy(setting -> {
            assertThat(setting.type()).isNotBlank();
            assertThat(setting.defaultText()).isNotBlank();
            assertThat(setting.meaning()).isNotBlank();
        });
        assertThat(TeamSetting.ADMIN_GROUP.addFlag()).contains("--admin-group");
        assertThat(TeamSetting.SCIM_TOKEN_HASH.addFlag()).isEmpty();
        assertThat(TeamSetting.SCIM_TOKEN_HASH.label()).isEmpty();
    }
}
