package dev.teamsso.providers.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientAddressKeyTest {

    @Test
    void anIpv4AddressIsItsOwnKey() {
        assertThat(ClientAddressKey.of("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddressKey.of("203.0.113.8")).isNotEqualTo(ClientAddressKey.of("203.0.113.7"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:0DB8:0001:0002:0:0:0:9",
            "[2001:db8:1:2::a]", "2001:db8:1:2::b%eth0", " 2001:db8:1:2::c "})
    void everyAddressOfOneIpv6Slash64SharesOneKey(String address) {
        assertThat(ClientAddressKey.of(address)).isEqualTo("2001:db8:1:2::/64");
    }

    @Test
    void neighbouringIpv6NetworksAreApart() {
        assertThat(ClientAddressKey.of("2001:db8:1:3::1")).isNotEqualTo(ClientAddressKey.of("2001:db8:1:2::1"));
        assertThat(ClientAddressKey.of("::1")).isEqualTo("0:0:0:0::/64");
    }

    @Test
    void anIpv4MappedIpv6AddressCountsAsItsIpv4Address() {
        assertThat(ClientAddressKey.of("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxy.example", "g::1", "not an address", "1.2.3"})
    void anythingElseIsKeptAsGivenAndNeverLookedUp(String odd) {
        assertThat(ClientAddressKey.of(odd)).isEqualTo(odd);
    }

    @Test
    void noAddressAtAllHasOneKey() {
        assertThat(ClientAddressKey.of(null)).isEqualTo(ClientAddressKey.of(" ")).isEqualTo("unknown");
    }
}
