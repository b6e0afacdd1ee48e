package dev.teamsso.providers.initiate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TileOriginTest {

    private static final String ORG_ISSUER = "https://acme.okta.com";
    private static final String CUSTOM_ISSUER = "https://acme.okta.com/oauth2/default";

    @ParameterizedTest
    @ValueSource(strings = {"https://acme.okta.com/", "https://acme.okta.com", "https://acme.okta.com/app/UserHome",
            "https://ACME.okta.com:443/home/oidc_client/0oa1/aln1", "HTTPS://acme.okta.com/"})
    void aRefererOnTheIssuersOriginIsTheTeamsOkta(String referer) {
        assertThat(TileOrigin.isIssuerOrigin(referer, ORG_ISSUER)).isTrue();
        assertThat(TileOrigin.isIssuerOrigin(referer, CUSTOM_ISSUER)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "https://acme.okta.com.evil.example/", "http://acme.okta.com/",
            "https://acme.okta.com:8443/", "https://evil.okta.com/", "https://user@acme.okta.com/", "//acme.okta.com/",
            "acme.okta.com", "null", "", " ", "javascript:alert(1)", "https://acme.okta.com\\@evil.example/"})
    void anyOtherRefererIsNot(String referer) {
        assertThat(TileOrigin.isIssuerOrigin(referer, ORG_ISSUER)).isFalse();
    }

    @Test
    void noRefererIsNot() {
        assertThat(TileOrigin.isIssuerOrigin(null, ORG_ISSUER)).isFalse();
    }

    @Test
    void plainHttpIssuersOfTheDemoCompareWithTheirPort() {
        assertThat(TileOrigin.isIssuerOrigin("http://localhost:8085/", "http://localhost:8085/acme")).isTrue();
        assertThat(TileOrigin.isIssuerOrigin("http://localhost:8086/", "http://localhost:8085/acme")).isFalse();
    }
}
