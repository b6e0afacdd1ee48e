package dev.teamsso.providers.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.keycloak.events.admin.ResourceType;

class TeamApiContractTest {

    @Test
    void roleChangeEventsUseAResourceTypeTheEventFiltersKnow() {
        assertThat(ResourceType.valueOf(TeamApiContract.ADMIN_EVENT_RESOURCE_TYPE)).isEqualTo(ResourceType.ORGANIZATION_MEMBERSHIP);
    }

    @Test
    void pagingLimitsAreSane() {
        assertThat(TeamApiContract.DEFAULT_MAX).isBetween(1, TeamApiContract.MAX_PAGE_SIZE);
    }
}
