package dev.teamsso.providers.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressKindTest {

    @ParameterizedTest
    @CsvSource({
        "8.8.8.8, PUBLIC",
        "104.16.0.1, PUBLIC",
        "172.32.0.1, PUBLIC",
        "100.128.0.1, PUBLIC",
        "127.0.0.1, LOOPBACK",
        "127.255.255.254, LOOPBACK",
        "10.1.2.3, PRIVATE",
        "172.16.0.1, PRIVATE",
        "172.31.255.255, PRIVATE",
        "192.168.1.1, PRIVATE",
        "100.64.0.1, PRIVATE",
        "169.254.169.254, LINK_LOCAL",
        "0.0.0.0, UNSPECIFIED",
        "0.1.2.3, UNSPECIFIED",
        "224.0.0.1, MULTICAST",
        "255.255.255.255, RESERVED",
        "240.0.0.1, RESERVED",
        "192.0.2.1, RESERVED",
        "198.18.0.1, RESERVED",
        "2606:4700::1111, PUBLIC",
        "::1, LOOPBACK",
        "::, UNSPECIFIED",
        "fd00::1, PRIVATE",
        "fc00::1, PRIVATE",
        "fec0::1, PRIVATE",
        "fe80::1, LINK_LOCAL",
        "ff02::1, MULTICAST",
        "2001:db8::1, RESERVED",
        "100::1, RESERVED",
        "::ffff:10.0.0.1, PRIVATE",
        "::ffff:169.254.169.254, LINK_LOCAL",
        "::ffff:8.8.8.8, PUBLIC",
        "::127.0.0.1, LOOPBACK",
        "64:ff9b::a9fe:a9fe, LINK_LOCAL",
        "2002:7f00:1::, LOOPBACK",
        "2002:0808:0808::, PUBLIC"
    })
    void classifies(String literal, AddressKind expected) throws UnknownHostException {
        assertThat(AddressKind.of(InetAddress.getByName(literal))).as(literal).isEqualTo(expected);
    }
}
