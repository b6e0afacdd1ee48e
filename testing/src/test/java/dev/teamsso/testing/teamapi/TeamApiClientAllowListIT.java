package dev.teamsso.testing.teamapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.providers.contract.TeamApiContract;
import dev.teamsso.providers.contract.TeamApiError;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamApiClient;
import dev.teamsso.testing.TeamApiClient.Answer;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * The team API accepts only tokens of its own clients (realm attribute {@code team-sso.api-clients},
 * default {@code dashboard}): a valid token of the same person from Keycloak's own
 * {@code account-console} client is refused with the fixed body and changes nothing.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamApiClientAllowListIT {

    private static final String TEAM = "cyberdyne";

    private final TeamSsoStack stack;
    private final TeamApiClient api;
    private final BrokeredSignIn signIn;
    private PlatformClient.Tokens dashboardTokens;
    private PlatformClient.Tokens accountConsoleTokens;
    private String milesId;

    TeamApiClientAllowListIT(TeamSsoStack stack) {
        this.stack = stack;
        this.api = new TeamApiClient(stack.keycloak().realmUrl(TeamSsoStack.REALM));
        this.signIn = new BrokeredSignIn(stack);
    }

    @BeforeAll
    void signInToTheDashboardAndTheAccountConsole() {
        stack.createTeam(TEAM, TEAM, "miles@cyberdyne.example");
        BrowserlessClient browser = new BrowserlessClient();
        dashboardTokens = signIn.tokens(signIn.viaIdpHint(browser, TEAM, OktaPerson.named("Miles", "Dyson", "miles@cyberdyne.example")));
        milesId = dashboardTokens.accessToken().getSubject();

        String accountUrl = stack.keycloak().realmUrl(TeamSsoStack.REALM) + "/account/";
        PlatformClient accountConsole = new PlatformClient(stack.keycloak().realmUrl(TeamSsoStack.REALM), "account-console",
                URI.create(accountUrl));
        PlatformClient.Authorization authorization = accountConsole.start(Map.of());
        HttpResponse<String> silent = browser.followRedirects(browser.get(authorization.uri()), uri -> uri.toString().startsWith(accountUrl));
        accountConsoleTokens = accountConsole.finish(authorization, BrowserlessClient.location(silent));
    }

    @AfterAll
    void removeTeam() {
        TestTeam.of(stack, TEAM).remove();
    }

    @Test
    void theDashboardsTokenIsAccepted() {
        assertThat(dashboardTokens.accessToken().getClaim("azp")).isEqualTo("dashboard");

        Answer team = api.team(dashboardTokens.rawAccessToken(), TEAM);

        assertThat(team.status()).isEqualTo(200);
        assertThat(team.json().get("role").asText()).isEqualTo("admin");
    }

    @Test
    void anAccountConsoleTokenOfTheSamePersonIsRefusedWithTheFixedBody() {
        assertThat(accountConsoleTokens.accessToken().getClaim("azp")).isEqualTo("account-console");
        assertThat(accountConsoleTokens.accessToken().getSubject()).isEqualTo(milesId);

        Answer read = api.team(accountConsoleTokens.rawAccessToken(), TEAM);
        Answer change = api.setRole(accountConsoleTokens.rawAccessToken(), TEAM, milesId, "member");

        for (Answer refused : new Answer[] {read, change}) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.json().get("error").asText()).isEqualTo(TeamApiError.INVALID_TOKEN.code());
            assertThat(refused.json().get("error_description").asText()).isEqualTo(TeamApiError.INVALID_TOKEN.description());
            assertThat(refused.json().size()).isEqualTo(2);
        }
        assertThat(api.team(dashboardTokens.rawAccessToken(), TEAM).json().get("role").asText())
                .as("the refused change changed nothing").isEqualTo("admin");
    }

    @Test
    void theRealmAttributeNamesTheAcceptedClients() {
        String before = stack.realm().toRepresentation().getAttributesOrEmpty().get(TeamApiContract.API_CLIENTS_ATTRIBUTE);
        try {
            setAttribute(TeamApiContract.API_CLIENTS_ATTRIBUTE, "dashboard, account-console");
            assertThat(api.team(accountConsoleTokens.rawAccessToken(), TEAM).status()).isEqualTo(200);

            setAttribute(TeamApiContract.API_CLIENTS_ATTRIBUTE, "billing-web");
            assertThat(api.team(dashboardTokens.rawAccessToken(), TEAM).status())
                    .as("a list without the dashboard refuses the dashboard").isEqualTo(401);
        } finally {
            // Keycloak keeps attributes a partial update leaves out; blank means the default.
            setAttribute(TeamApiContract.API_CLIENTS_ATTRIBUTE, before == null ? "" : before);
        }
        assertThat(api.team(dashboardTokens.rawAccessToken(), TEAM).status()).isEqualTo(200);
    }

    private void setAttribute(String name, String value) {
        RealmRepresentation realm = stack.realm().toRepresentation();
        Map<String, String> attributes = realm.getAttributes() == null ? new HashMap<>() : new HashMap<>(realm.getAttributes());
        attributes.put(name, value);
        realm.setAttributes(attributes);
        stack.realm().update(realm);
    }
}
