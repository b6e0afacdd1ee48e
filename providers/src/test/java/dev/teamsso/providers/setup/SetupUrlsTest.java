package dev.teamsso.providers.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The values the set-up page tells an Okta admin to copy, and where its forms post. */
class SetupUrlsTest {

    private final SetupUrls urls = new SetupUrls(URI.create("https://sso.example.com/"), "deepinfra", "tsso_setup_abc");

    @Test
    void namesOktasSignInRedirectAndInitiateLoginUris() {
        assertThat(urls.redirectUri("acme")).isEqualTo("https://sso.example.com/realms/deepinfra/broker/acme/endpoint");
        assertThat(urls.initiateUri("acme")).isEqualTo("https://sso.example.com/realms/deepinfra/teams/acme/initiate");
    }

    @Test
    void theTileUrlCarriesTheIssuerEncoded() {
        assertThat(urls.tileUrl("acme", "https://acme.okta.com/oauth2/default"))
                .isEqualTo("https://sso.example.com/realms/deepinfra/teams/acme/initiate?iss=https%3A%2F%2Facme.okta.com%2Foauth2%2Fdefault");
    }

    @Test
    void formsPostToTheLinkItself() {
        assertThat(urls.valuesAction()).isEqualTo("https://sso.example.com/realms/deepinfra/teams/setup/tsso_setup_abc");
        assertThat(urls.testAction()).isEqualTo("https://sso.example.com/realms/deepinfra/teams/setup/tsso_setup_abc/test");
        assertThat(urls.afterFailedTest("access_denied").toString())
                .isEqualTo("https://sso.example.com/realms/deepinfra/teams/setup/tsso_setup_abc?test-failed=access_denied");
    }
}
