package dev.teamsso.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.info.ProviderRepresentation;
import org.keycloak.representations.info.ServerInfoRepresentation;
import org.keycloak.representations.info.ThemeInfoRepresentation;

/** Our jars are deployed into the real server and visible in its server info. */
@ExtendWith(TeamSsoExtension.class)
class ServerInfoIT {

    @Test
    void extensionReportsItsVersionInServerInfo(TeamSsoStack stack) {
        try (Keycloak admin = stack.keycloak().adminClient()) {
            ServerInfoRepresentation info = admin.serverInfo().getInfo();

            assertThat(info.getSystemInfo().getVersion()).isEqualTo("26.7.3");
            Map<String, ProviderRepresentation> extensions = info.getProviders().get("realm-restapi-extension").getProviders();
            assertThat(extensions).containsKey("teams");
            assertThat(extensions.get("teams").getOperationalInfo())
                    .containsEntry("built-for-keycloak", "26.7.3")
                    .hasEntrySatisfying("version", version -> assertThat(version).startsWith("0."));
        }
    }

    @Test
    void loginThemeIsInstalledAndSetOnThePlatformRealm(TeamSsoStack stack) {
        try (Keycloak admin = stack.keycloak().adminClient()) {
            assertThat(admin.serverInfo().getInfo().getThemes().get("login"))
                    .extracting(ThemeInfoRepresentation::getName)
                    .contains("team-sso");
        }
        assertThat(stack.realm().toRepresentation().getLoginTheme()).isEqualTo("team-sso");
        assertThat(stack.realm().toRepresentation().isOrganizationsEnabled()).isTrue();
    }
}
