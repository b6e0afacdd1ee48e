package dev.teamsso.realmconfig;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AuthenticationExecutionExportRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RequiredActionProviderRepresentation;

/** The platform realm file reads as a Keycloak realm and declares what the product relies on. */
class PlatformRealmTest {

    private static final Path REALM_FILE = Path.of("realms", "deepinfra-realm.json");

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void declaresRealmDeepinfraWithOrganizationsAndOurTheme() throws IOException {
        RealmRepresentation realm = read();

        assertThat(realm.getRealm()).isEqualTo("deepinfra");
        assertThat(realm.isEnabled()).isTrue();
        assertThat(realm.isOrganizationsEnabled()).isTrue();
        assertThat(realm.getLoginTheme()).isEqualTo("team-sso");
        assertThat(realm.isRegistrationAllowed()).isFalse();
    }

    @Test
    void dashboardIsAPublicCodeFlowClientWithPkceS256AndExactRedirects() throws IOException {
        ClientRepresentation dashboard = read().getClients().stream()
                .filter(client -> "dashboard".equals(client.getClientId()))
                .findFirst()
                .orElseThrow();

        assertThat(dashboard.isPublicClient()).isTrue();
        assertThat(dashboard.isStandardFlowEnabled()).isTrue();
        assertThat(dashboard.isImplicitFlowEnabled()).isFalse();
        assertThat(dashboard.isDirectAccessGrantsEnabled()).isFalse();
        assertThat(dashboard.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
        assertThat(dashboard.getRedirectUris()).allSatisfy(uri -> assertThat(uri).doesNotContain("*"));
    }

    @Test
    void noClientHasPasswordGrantsAndTheRealmsDirectGrantFlowRefusesAll() throws IOException {
        RealmRepresentation realm = read();

        assertThat(realm.getClients()).extracting(ClientRepresentation::getClientId).contains("admin-cli");
        assertThat(realm.getClients()).allSatisfy(client -> assertThat(client.isDirectAccessGrantsEnabled()).isFalse());
        assertThat(realm.getDirectGrantFlow()).isEqualTo("team-sso no direct grant");
        assertThat(realm.getAuthenticationFlows())
                .filteredOn(flow -> flow.getAlias().equals(realm.getDirectGrantFlow()))
                .singleElement()
                .satisfies(flow -> assertThat(flow.getAuthenticationExecutions())
                        .extracting(AuthenticationExecutionExportRepresentation::getAuthenticator)
                        .containsExactly("deny-access-authenticator"));
    }

    @Test
    void noRequiredActionCanSetOrRemoveALocalCredential() throws IOException {
        assertThat(read().getRequiredActions())
                .filteredOn(RequiredActionProviderRepresentation::isEnabled)
                .extracting(RequiredActionProviderRepresentation::getProviderId)
                .containsExactlyInAnyOrder("UPDATE_PROFILE", "VERIFY_EMAIL", "VERIFY_PROFILE", "update_user_locale");
    }

    @Test
    void holdsNoLiteralSecrets() throws IOException {
        RealmRepresentation realm = read();

        assertThat(realm.getClients()).allSatisfy(client ->
                assertThat(client.getSecret()).satisfiesAnyOf(
                        secret -> assertThat(secret).isNull(),
                        secret -> assertThat(secret).startsWith("${")));
    }

    private RealmRepresentation read() throws IOException {
        return json.readValue(REALM_FILE.toFile(), RealmRepresentation.class);
    }
}
