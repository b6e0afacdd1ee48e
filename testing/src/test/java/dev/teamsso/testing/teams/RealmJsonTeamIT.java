package dev.teamsso.testing.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.teamsso.cli.HardenedIdentityProvider;
import dev.teamsso.providers.contract.check.IssuerMetadata;
import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.contract.TeamSettings;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.HarnessSettings;
import dev.teamsso.testing.KeycloakUpstream;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * The realm-JSON declaration in docs/operators.md of a team ({@code realm-config/examples/team-acme.json}),
 * imported into a realm of the real server: the organization and the linked, hardened IdP
 * exist, the secret comes from the file vault, and a person signs in through it.
 */
@ExtendWith(TeamSsoExtension.class)
class RealmJsonTeamIT {

    private static final String REALM = "teams-example";
    private static final String VAULT_KEY = "acme-client-secret";
    private static final String SECRET = "Vaulted-S3cret-51c0";
    private static final Set<String> PER_TEAM = Set.of("issuer", "authorizationUrl", "tokenUrl", "jwksUrl", "logoutUrl",
            "clientId", "clientSecret");

    private final TeamSsoStack stack;
    private final ObjectMapper json = new ObjectMapper();

    RealmJsonTeamIT(TeamSsoStack stack) {
        this.stack = stack;
    }

    @AfterEach
    void cleanUp() throws Exception {
        stack.adminClient().realm(REALM).remove();
        Files.deleteIfExists(TeamSsoExtension.vaultDir().resolve(REALM + "_" + VAULT_KEY));
    }

    @Test
    void theDocumentedDeclarationImportsWithItsVaultSecretAndPeopleSignInThroughIt() throws Exception {
        KeycloakUpstream upstream = KeycloakUpstream.create(stack, "acme-okta", "0oa1acmeclientid", SECRET, "ann");
        try {
            ObjectNode declaration = (ObjectNode) json.readTree(example().toFile());
            ObjectNode config = (ObjectNode) declaration.get("identityProviders").get(0).get("config");
            assertThat(config.get("clientSecret").asText()).isEqualTo("${vault." + VAULT_KEY + "}");
            assertSameHardeningAsTheTool(config);
            assertSameIdpSettingsAsTheTool(declaration.get("identityProviders").get(0));

            // Point the declaration at the upstream realm instead of acme.okta.com; keep everything else.
            IssuerMetadata issuer = IssuerMetadata.discover(upstream.issuer());
            config.put("issuer", issuer.issuer());
            config.put("authorizationUrl", issuer.authorizationEndpoint().toString());
            config.put("tokenUrl", issuer.tokenEndpoint().toString());
            config.put("jwksUrl", issuer.jwksUri().toString());
            config.put("logoutUrl", issuer.endSessionEndpoint().toString());
            Files.writeString(TeamSsoExtension.vaultDir().resolve(REALM + "_" + VAULT_KEY), SECRET);
            stack.adminClient().realms().create(realm(declaration));

            RealmResource realm = stack.adminClient().realm(REALM);
            OrganizationRepresentation org = realm.organizations().search("acme", true, 0, 2, false).get(0);
            assertThat(org.getAttributes()).containsEntry(TeamContract.ADMIN_EMAIL_ATTRIBUTE, List.of("it-admin@acme.example"));
            assertThat(org.getAttributes()).containsEntry(TeamSettings.ADMIN_GROUP_ATTRIBUTE, List.of("DeepInfra Admins"));
            assertThat(realm.organizations().get(org.getId()).identityProviders().getIdentityProviders())
                    .extracting(IdentityProviderRepresentation::getAlias).containsExactly("acme");
            assertThat(realm.identityProviders().get("acme").toRepresentation().getConfig())
                    .containsEntry("validateSignature", "true").containsEntry("pkceMethod", "S256");

            PlatformClient platform = new PlatformClient(stack.keycloak().realmUrl(REALM), TeamSsoStack.DASHBOARD_CLIENT,
                    URI.create(TeamSsoStack.DASHBOARD_REDIRECT_URI));
            BrokeredSignIn.Outcome outcome = upstream.signIn(new BrowserlessClient(), platform, "acme", "ann");
            assertThat(outcome.callback()).as("sign-in reached the platform (the vault secret was accepted upstream): %s",
                    outcome.last().uri()).isNotNull();
            assertThat(platform.finish(outcome.authorization(), outcome.callback()).accessToken().getClaim("email"))
                    .isEqualTo("ann@acme-okta.example");
        } finally {
            upstream.delete();
        }
    }

    /** The example holds exactly the tool's hardened settings, apart from the per-team values. */
    private void assertSameHardeningAsTheTool(JsonNode config) {
        IdentityProviderRepresentation tool = HardenedIdentityProvider.of(
                new TeamRegistration(new TeamId("acme"), "https://x", "id", "secret", "a@b.example"),
                new IssuerMetadata("https://x", URI.create("https://x/a"), URI.create("https://x/t"), URI.create("https://x/k"),
                        URI.create("https://x/l")));
        tool.getConfig().forEach((key, value) -> {
            if (!PER_TEAM.contains(key)) {
                assertThat(config.path(key).asText(null)).as("config " + key).isEqualTo(value);
            }
        });
        assertThat(config.size()).isEqualTo(tool.getConfig().size());
    }

    /** The example's top-level IdP settings are the tool's too. */
    private void assertSameIdpSettingsAsTheTool(JsonNode idp) {
        IdentityProviderRepresentation tool = HardenedIdentityProvider.of(
                new TeamRegistration(new TeamId("acme"), "https://x", "id", "secret", "a@b.example"),
                new IssuerMetadata("https://x", URI.create("https://x/a"), URI.create("https://x/t"), URI.create("https://x/k"), null));
        assertThat(idp.path("trustEmail").asBoolean()).isEqualTo(tool.isTrustEmail());
        assertThat(idp.path("hideOnLogin").asBoolean()).isEqualTo(tool.isHideOnLogin());
        assertThat(idp.path("firstBrokerLoginFlowAlias").asText()).isEqualTo(tool.getFirstBrokerLoginFlowAlias());
        assertThat(idp.path("postBrokerLoginFlowAlias").asText()).isEqualTo(tool.getPostBrokerLoginFlowAlias());
    }

    private RealmRepresentation realm(ObjectNode declaration) {
        ObjectNode realm = json.createObjectNode();
        realm.put("realm", REALM);
        realm.put("enabled", true);
        realm.put("organizationsEnabled", true);
        realm.set("organizations", declaration.get("organizations"));
        realm.set("identityProviders", declaration.get("identityProviders"));
        RealmRepresentation representation = json.convertValue(realm, RealmRepresentation.class);
        ClientRepresentation dashboard = new ClientRepresentation();
        dashboard.setClientId(TeamSsoStack.DASHBOARD_CLIENT);
        dashboard.setPublicClient(true);
        dashboard.setStandardFlowEnabled(true);
        dashboard.setRedirectUris(List.of(TeamSsoStack.DASHBOARD_REDIRECT_URI));
        dashboard.setAttributes(Map.of("pkce.code.challenge.method", "S256"));
        representation.setClients(List.of(dashboard));
        RealmRepresentation platform = platformRealm();
        representation.setAuthenticationFlows(platform.getAuthenticationFlows());
        representation.setFirstBrokerLoginFlow(platform.getFirstBrokerLoginFlow());
        return representation;
    }

    /** The platform realm's flows, which a team declaration refers to. */
    private RealmRepresentation platformRealm() {
        try {
            return json.readValue(HarnessSettings.load().realmDir().resolve("deepinfra-realm.json").toFile(), RealmRepresentation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path example() {
        return HarnessSettings.load().projectDir().resolve("realm-config/examples/team-acme.json");
    }
}
