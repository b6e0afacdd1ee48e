package dev.teamsso.providers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildInfoTest {

    @Test
    void reportsTheVersionsTheBuildWroteIntoTheJar() {
        BuildInfo info = BuildInfo.load();

        assertThat(info.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(info.keycloakVersion()).isEqualTo("26.7.3");
    }

    @Test
    void factoryPublishesVersionInServerInfo() {
        TeamsResourceProviderFactory factory = new TeamsResourceProviderFactory();
        factory.init(null);

        assertThat(factory.getOperationalInfo())
                .containsEntry("version", BuildInfo.load().version())
                .containsEntry("built-for-keycloak", "26.7.3");
        assertThat(factory.getId()).isEqualTo("teams");
    }
}
