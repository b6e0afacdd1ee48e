package dev.teamsso.providers.contract.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OktaIssuerSlipsTest {

    @Test
    void trailingSlash() {
        Problem problem = OktaIssuerSlips.issuerMismatch("https://acme.okta.com/oauth2/default/", "https://acme.okta.com/oauth2/default");
        assertThat(problem.found()).contains("names the issuer 'https://acme.okta.com/oauth2/default'");
        assertThat(problem.fix()).isEqualTo("remove the trailing slash: --issuer https://acme.okta.com/oauth2/default");
    }

    @Test
    void orgAuthorizationServerMistakenForACustomOne() {
        Problem problem = OktaIssuerSlips.issuerMismatch("https://acme.okta.com/oauth2/default", "https://acme.okta.com");
        assertThat(problem.fix()).contains("org authorization server").contains("custom authorization servers")
                .contains("--issuer https://acme.okta.com");
    }

    @Test
    void anyOtherIssuerIsNamedWithTheWayToResolveIt() {
        Problem problem = OktaIssuerSlips.issuerMismatch("https://login.acme.com/oauth2/default", "https://acme.okta.com/oauth2/default");
        assertThat(problem.field()).isEqualTo(Field.ISSUER);
        assertThat(problem.fix()).contains("custom domain").contains("ask the customer");
    }
}
