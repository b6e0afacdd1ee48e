package dev.teamsso.providers.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.providers.contract.OutboundUrlRule.Reason;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboundUrlRuleTest {

    private static final URI ISSUER = URI.create("https://acme.okta.com/oauth2/default");
    private static final URI LOCAL_ISSUER = URI.create("http://localhost:8085/acme");

    /** A fixed DNS: no lookups leave the test. */
    private static final Map<String, List<String>> DNS = Map.of(
            "acme.okta.com", List.of("104.16.0.1"),
            "localhost", List.of("127.0.0.1", "::1"),
            "rebound.example", List.of("104.16.0.2", "10.0.0.7"),
            "metadata.example", List.of("169.254.169.254"));

    private static OutboundUrlRule rule(boolean allowLoopback) {
        return new OutboundUrlRule(allowLoopback, host -> {
            List<String> addresses = DNS.get(host);
            if (addresses == null) {
                if (host.matches("[0-9.]+|[0-9a-f:]+")) {
                    return List.of(InetAddress.getByName(host));
                }
                throw new UnknownHostException(host);
            }
            return addresses.stream().map(OutboundUrlRuleTest::address).toList();
        });
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    private static Optional<Reason> reason(boolean allowLoopback, String target, URI issuer) {
        return rule(allowLoopback).check(URI.create(target), issuer).map(OutboundUrlRule.Refusal::reason);
    }

    @Test
    void httpsEndpointsOnTheIssuersHostPass() {
        assertThat(reason(false, "https://acme.okta.com/oauth2/default/v1/token", ISSUER)).isEmpty();
        assertThat(reason(false, "https://ACME.okta.com:443/oauth2/default/v1/keys", ISSUER)).isEmpty();
        assertThat(rule(false).checkIssuer(ISSUER)).isEmpty();
    }

    @Test
    void plainHttpIsRefusedEvenOnTheIssuersHost() {
        assertThat(reason(false, "http://acme.okta.com:443/oauth2/default/v1/token", ISSUER)).contains(Reason.NOT_HTTPS);
        assertThat(reason(true, "http://acme.okta.com:443/oauth2/default/v1/token", ISSUER)).contains(Reason.NOT_HTTPS);
    }

    @Test
    void anotherHostOrPortIsRefused() {
        assertThat(reason(false, "https://evil.example/token", ISSUER)).contains(Reason.OTHER_HOST);
        assertThat(reason(false, "https://acme.okta.com:8443/token", ISSUER)).contains(Reason.OTHER_HOST);
        assertThat(reason(false, "https://acme.okta.com.evil.example/token", ISSUER)).contains(Reason.OTHER_HOST);
        assertThat(reason(true, "http://127.0.0.1:8085/acme/token", LOCAL_ISSUER)).contains(Reason.OTHER_HOST);
        assertThat(reason(true, "http://localhost:9999/acme/token", LOCAL_ISSUER)).contains(Reason.OTHER_HOST);
    }

    @Test
    void userInfoAndNonHttpSchemesAreNotUrlsToFetch() {
        assertThat(reason(false, "https://x@acme.okta.com/token", ISSUER)).contains(Reason.NOT_A_URL);
        assertThat(reason(false, "file:///etc/passwd", ISSUER)).contains(Reason.NOT_A_URL);
        assertThat(reason(false, "/oauth2/default/v1/token", ISSUER)).contains(Reason.NOT_A_URL);
        assertThat(reason(false, "gopher://acme.okta.com/token", ISSUER)).contains(Reason.NOT_A_URL);
    }

    @Test
    void anIssuerWhoseHostResolvesToANonPublicAddressIsRefusedWhateverItsName() {
        Optional<OutboundUrlRule.Refusal> metadata = rule(true).checkIssuer(URI.create("https://metadata.example/x"));
        assertThat(metadata).hasValueSatisfying(refusal -> {
            assertThat(refusal.reason()).isEqualTo(Reason.NOT_PUBLIC);
            assertThat(refusal.detail()).isEqualTo("metadata.example is 169.254.169.254 (link-local)");
        });
        assertThat(rule(false).checkIssuer(URI.create("https://rebound.example/x")))
                .hasValueSatisfying(refusal -> assertThat(refusal.detail()).contains("10.0.0.7 (private)"));
        assertThat(rule(false).checkIssuer(URI.create("https://10.1.2.3/x")).map(OutboundUrlRule.Refusal::reason))
                .contains(Reason.NOT_PUBLIC);
        assertThat(rule(false).checkIssuer(URI.create("https://[fd00::1]/x")).map(OutboundUrlRule.Refusal::reason))
                .contains(Reason.NOT_PUBLIC);
        assertThat(rule(false).checkIssuer(URI.create("https://nowhere.example/x")).map(OutboundUrlRule.Refusal::reason))
                .contains(Reason.UNRESOLVABLE);
    }

    @Test
    void loopbackPassesOnlyWithTheDevAllowance() {
        assertThat(rule(false).checkIssuer(LOCAL_ISSUER).map(OutboundUrlRule.Refusal::reason)).contains(Reason.NOT_HTTPS);
        assertThat(rule(false).checkIssuer(URI.create("https://localhost:8443/acme")).map(OutboundUrlRule.Refusal::reason))
                .contains(Reason.NOT_PUBLIC);
        assertThat(rule(true).checkIssuer(LOCAL_ISSUER)).isEmpty();
        assertThat(reason(true, "http://localhost:8085/acme/token", LOCAL_ISSUER)).isEmpty();
        assertThat(rule(true).checkIssuer(URI.create("http://[::1]:8085/acme"))).isEmpty();
    }

    @Test
    void theDevAllowanceStillRefusesPrivateAndLinkLocalTargets() {
        assertThat(rule(true).checkIssuer(URI.create("http://10.0.0.5:8080/realms/x")).map(OutboundUrlRule.Refusal::reason))
                .contains(Reason.NOT_PUBLIC);
        assertThat(rule(true).checkIssuer(URI.create("http://169.254.169.254/latest")).map(OutboundUrlRule.Refusal::reason))
                .contains(Reason.NOT_PUBLIC);
        assertThat(rule(true).checkIssuer(URI.create("http://0.0.0.0:8085/acme")).map(OutboundUrlRule.Refusal::reason))
                .contains(Reason.NOT_PUBLIC);
        assertThat(rule(true).checkIssuer(URI.create("http://acme.okta.com/oauth2/default")).map(OutboundUrlRule.Refusal::reason))
                .contains(Reason.NOT_HTTPS);
    }

    @Test
    void theFactoriesSayWhichModeTheyAre() {
        assertThat(OutboundUrlRule.strict().allowsLoopback()).isFalse();
        assertThat(OutboundUrlRule.allowingLoopback().allowsLoopback()).isTrue();
    }
}
