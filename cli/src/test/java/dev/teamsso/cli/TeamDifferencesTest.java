package dev.teamsso.cli;

import dev.teamsso.providers.contract.SecretFingerprint;
import dev.teamsso.providers.contract.check.IssuerMetadata;
import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.contract.TeamId;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;

/** What an update would change, computed from the representations alone. */
class TeamDifferencesTest {

    private static final String ISSUER = "https://acme.okta.com/oauth2/default";
    private static final TeamRegistration TEAM = new TeamRegistration(new TeamId("acme"), ISSUER, "0oa1", "s3cret-one", "it@acme.example");

    private static IssuerMetadata endpoints(String issuer) {
        return new IssuerMetadata(issuer, URI.create(issuer + "/v1/authorize"), URI.create(issuer + "/v1/token"),
                URI.create(issuer + "/v1/keys"), URI.create(issuer + "/v1/logout"));
    }

    private static OrganizationRepresentation organization(TeamRegistration team, boolean fingerprint) {
        OrganizationRepresentation org = new OrganizationRepresentation();
        Map<String, List<String>> attributes = new HashMap<>();
        attributes.put(TeamContract.ADMIN_EMAIL_ATTRIBUTE, List.of(team.adminEmail()));
        if (fingerprint) {
            attributes.put(SecretFingerprint.ATTRIBUTE, List.of(SecretFingerprint.of(team.teamId(), team.clientSecret())));
        }
        org.setAttributes(attributes);
        return org;
    }

    private static IdentityProviderRepresentation stored(TeamRegistration team) {
        IdentityProviderRepresentation idp = HardenedIdentityProvider.of(team, endpoints(team.issuer()));
        idp.getConfig().put("clientSecret", "**********");
        return idp;
    }

    @Test
    void theSameValuesChangeNothing() {
        TeamDifferences same = TeamDifferences.between(organization(TEAM, true), stored(TEAM),
                HardenedIdentityProvider.of(TEAM, endpoints(ISSUER)), TEAM);
        assertThat(same.isEmpty()).isTrue();
        assertThat(same.issuerChanged()).isFalse();
    }

    @Test
    void eachChangeIsOneLineAndTheSecretIsComparedByFingerprint() {
        String other = "https://acme.okta.com/oauth2/aus2";
        TeamRegistration next = new TeamRegistration(TEAM.teamId(), other, "0oa2", "s3cret-two", "boss@acme.example");

        TeamDifferences differences = TeamDifferences.between(organization(TEAM, true), stored(TEAM),
                HardenedIdentityProvider.of(next, endpoints(other)), next);

        assertThat(differences.issuerChanged()).isTrue();
        assertThat(differences.oldIssuer()).isEqualTo(ISSUER);
        assertThat(differences.lines()).contains("issuer: " + ISSUER + " -> " + other, "client ID: 0oa1 -> 0oa2",
                "token endpoint: " + ISSUER + "/v1/token -> " + other + "/v1/token",
                "admin email: it@acme.example -> boss@acme.example");
        assertThat(differences.lines()).anySatisfy(line -> assertThat(line).startsWith("client secret: changed (fingerprint sha256:"));
        assertThat(String.join("\n", differences.lines())).doesNotContain("s3cret");
    }

    @Test
    void driftedHardeningIsListedAsRestoredAndAMissingFingerprintSaysSo() {
        IdentityProviderRepresentation drifted = stored(TEAM);
        drifted.getConfig().put("validateSignature", "false");
        drifted.setPostBrokerLoginFlowAlias("team-sso post login");

        TeamDifferences differences = TeamDifferences.between(organization(TEAM, false), drifted,
                HardenedIdentityProvider.of(TEAM, endpoints(ISSUER)), TEAM);

        assertThat(differences.lines()).containsExactlyInAnyOrder(
                "client secret: replaced (no fingerprint of the stored one was recorded, so it cannot be compared)",
                "identity provider setting validateSignature: false -> true (hardening restored)");
    }

    @Test
    void fingerprintsDifferPerTeamAndPerSecretAndNeverHoldTheSecret() {
        String acme = SecretFingerprint.of(new TeamId("acme"), "s3cret");
        assertThat(acme).matches("sha256:[0-9a-f]{16}").doesNotContain("s3cret");
        assertThat(SecretFingerprint.of(new TeamId("acme"), "s3cret")).isEqualTo(acme);
        assertThat(SecretFingerprint.of(new TeamId("globex"), "s3cret")).isNotEqualTo(acme);
        assertThat(SecretFingerprint.of(new TeamId("acme"), "s3cret2")).isNotEqualTo(acme);
    }
}
