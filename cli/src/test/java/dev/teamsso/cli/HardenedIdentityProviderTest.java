package dev.teamsso.cli;

import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.providers.contract.check.IssuerMetadata;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.IdentityProviderRepresentation;

class HardenedIdentityProviderTest {

    private static final String ISSUER = "https://acme.okta.com/oauth2/default";

    private final IdentityProviderRepresentation idp = HardenedIdentityProvider.of(
            new TeamRegistration(new TeamId("acme"), ISSUER, "0oa-client", "s3cr3t", "it@acme.example"),
            new IssuerMetadata(ISSUER,
                    URI.create(ISSUER + "/v1/authorize"),
                    URI.create(ISSUER + "/v1/token"),
                    URI.create(ISSUER + "/v1/keys"),
                    null));

    @Test
    void checksTheExactIssuerAndSignaturesFromTheIssuersKeys() {
        assertThat(idp.getConfig())
                .containsEntry("issuer", ISSUER)
                .containsEntry("validateSignature", "true")
                .containsEntry("useJwksUrl", "true")
                .containsEntry("jwksUrl", ISSUER + "/v1/keys");
    }

    @Test
    void usesPkceS256AndNonceAndNeverCallsUserinfo() {
        assertThat(idp.getConfig())
                .containsEntry("pkceEnabled", "true")
                .containsEntry("pkceMethod", "S256")
                .containsEntry("disableNonce", "false")
                .containsEntry("disableUserInfo", "true")
                .doesNotContainKey("userInfoUrl");
    }

    @Test
    void isHiddenOnTheLoginPageAndNamedAfterTheTeam() {
        assertThat(idp.getAlias()).isEqualTo("acme");
        assertThat(idp.isHideOnLogin()).isTrue();
        assertThat(idp.isEnabled()).isTrue();
        assertThat(idp.isTrustEmail()).as("email_verified is copied from the ID token").isTrue();
        assertThat(idp.getConfig()).doesNotContainKey("logoutUrl");
    }

    @Test
    void firstSignInRunsTheTeamFirstLoginFlow() {
        assertThat(idp.getFirstBrokerLoginFlowAlias()).isEqualTo("team-sso first login");
        assertThat(idp.getPostBrokerLoginFlowAlias()).isEqualTo("team-sso post login");
    }

    @Test
    void registrationNeverPrintsTheSecret() {
        TeamRegistration team = new TeamRegistration(new TeamId("acme"), ISSUER, "id", "s3cr3t", "a@b.example");
        assertThat(team.toString()).doesNotContain("s3cr3t").contains("acme");
    }
}
