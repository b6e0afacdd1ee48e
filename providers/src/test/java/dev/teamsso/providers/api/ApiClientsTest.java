package dev.teamsso.providers.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiClientsTest {

    @Test
    void withoutTheAttributeOnlyTheDashboardIsAccepted() {
        assertThat(ApiClients.parse(null)).containsExactly("dashboard");
        assertThat(ApiClients.parse(" , ")).containsExactly("dashboard");
    }

    @Test
    void clientIdsAreSeparatedByCommasOrSpaces() {
        assertThat(ApiClients.parse("dashboard, billing-web  mobile")).containsExactlyInAnyOrder("dashboard", "billing-web", "mobile");
    }

    @Test
    void aSetListReplacesTheDefault() {
        assertThat(ApiClients.parse("billing-web")).containsExactly("billing-web").doesNotContain("dashboard");
    }
}
