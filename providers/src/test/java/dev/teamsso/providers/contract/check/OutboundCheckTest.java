package dev.teamsso.providers.contract.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.providers.contract.check.IssuerMetadata;
import dev.teamsso.providers.contract.OutboundUrlRule;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule applied to a discovery document's endpoints, with a fixed DNS. */
class OutboundCheckTest {

    private static final String ISSUER = "https://acme.okta.com/oauth2/default";

    private static OutboundCheck check(boolean allowLoopback) {
        return new OutboundCheck(new OutboundUrlRule(allowLoopback, host -> switch (host) {
            case "acme.okta.com" -> List.of(InetAddress.getByName("104.16.0.1"));
            case "localhost" -> List.of(InetAddress.getByName("127.0.0.1"));
            default -> {
                if (host.matches("[0-9.]+")) {
                    yield List.of(InetAddress.getByName(host));
                }
                throw new UnknownHostException(host);
            }
        }));
    }

    private static IssuerMetadata document(String issuer, String token, String jwks, String userinfo) {
        return new IssuerMetadata(issuer, URI.create(issuer + "/v1/authorize"), URI.create(token), URI.create(jwks),
                URI.create(issuer + "/v1/logout"), userinfo == null ? null : URI.create(userinfo));
    }

    @Test
    void oktasOwnDocumentPasses() {
        assertThat(check(false).endpoints(document(ISSUER, ISSUER + "/v1/token", ISSUER + "/v1/keys", ISSUER + "/v1/userinfo")))
                .isEmpty();
    }

    @Test
    void eachEndpointElsewhereIsNamedWithItsDiscoveryKey() {
        List<Problem> problems = check(false).endpoints(document(ISSUER, "https://10.0.0.7:8443/token",
                "https://169.254.169.254/keys", "http://acme.okta.com/oauth2/default/v1/userinfo"));

        assertThat(problems).extracting(Problem::describe).satisfiesExactly(
                token -> assertThat(token).startsWith("--issuer: the discovery document's token_endpoint 'https://10.0.0.7:8443/token'"
                        + " is on another host or port (10.0.0.7:8443) than the issuer. Fix: "),
                jwks -> assertThat(jwks).contains("jwks_uri 'https://169.254.169.254/keys' is on another host"),
                userinfo -> assertThat(userinfo).contains("userinfo_endpoint").contains("uses plain HTTP"));
    }

    @Test
    void theIssuerItselfMustBePublicUnlessTheDevAllowanceIsGiven() {
        assertThat(check(false).issuer("https://localhost:8443/acme", false)).hasValueSatisfying(problem ->
                assertThat(problem.describe()).contains("is not on a public address: localhost is 127.0.0.1 (loopback)")
                        .contains("--allow-loopback-issuer"));
        assertThat(check(false).issuer("http://localhost:8085/acme", false)).hasValueSatisfying(problem ->
                assertThat(problem.describe()).contains("uses plain HTTP").contains("--allow-loopback-issuer"));
        assertThat(check(true).issuer("http://localhost:8085/acme", false)).isEmpty();
        assertThat(check(true).issuer("http://10.0.0.7:8080/realms/x", false)).hasValueSatisfying(problem ->
                assertThat(problem.found()).contains("10.0.0.7 (private)"));
    }

    @Test
    void anUnresolvableIssuerIsAProblemOnlyWhenTheToolGoesOnline() {
        assertThat(check(false).issuer("https://nowhere.example/oauth2/default", false)).isPresent();
        assertThat(check(false).issuer("https://nowhere.example/oauth2/default", true)).isEmpty();
    }

    @Test
    void aLoopbackStandInPassesWithTheAllowanceOnItsOwnPortOnly() {
        String local = "http://localhost:8085/acme";
        assertThat(check(true).endpoints(document(local, local + "/token", local + "/jwks", null))).isEmpty();
        assertThat(check(true).endpoints(document(local, "http://localhost:9000/token", local + "/jwks", null)))
                .extracting(Problem::found).singleElement().asString().contains("token_endpoint").contains("another host or port");
    }
}
