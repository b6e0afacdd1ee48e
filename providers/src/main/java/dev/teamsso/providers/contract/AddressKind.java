package dev.teamsso.providers.contract;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * What an IP address is, for deciding whether a customer-named URL may be fetched: only
 * {@link #PUBLIC} addresses may, and {@link #LOOPBACK} ones in dev mode. Plain JDK, no DNS:
 * it classifies an address already resolved. An IPv4 address mapped or embedded in IPv6
 * ({@code ::ffff:10.0.0.1}, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}) is
 * classified as the IPv4 address it carries.
 */
public enum AddressKind {
    PUBLIC,
    LOOPBACK,
    /** RFC 1918, carrier-grade NAT (100.64/10), IPv6 unique-local (fc00::/7) and site-local (fec0::/10). */
    PRIVATE,
    /** 169.254/16 (where cloud metadata services live), fe80::/10. */
    LINK_LOCAL,
    /** 0.0.0.0/8, {@code ::}: "this host" to most stacks. */
    UNSPECIFIED,
    MULTICAST,
    /** Not routed on the internet: benchmarking, documentation, protocol assignments, 240/4, broadcast. */
    RESERVED;

    /** Only a public address may be reached from a customer-named URL (loopback in dev mode too). */
    public boolean isPublic() {
        return this == PUBLIC;
    }

    public static AddressKind of(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return ofIpv4(bytes);
        }
        if (address instanceof Inet6Address) {
            return ofIpv6(bytes);
        }
        return RESERVED;
    }

    private static AddressKind ofIpv4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 0) {
            return UNSPECIFIED;
        }
        if (a0 == 127) {
            return LOOPBACK;
        }
        if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168) || (a0 == 100 && a1 >= 64 && a1 <= 127)) {
            return PRIVATE;
        }
        if (a0 == 169 && a1 == 254) {
            return LINK_LOCAL;
        }
        if (a0 >= 224 && a0 <= 239) {
            return MULTICAST;
        }
        boolean protocolAssignments = a0 == 192 && a1 == 0 && a2 == 0;
        boolean documentation = (a0 == 192 && a1 == 0 && a2 == 2) || (a0 == 198 && a1 == 51 && a2 == 100)
                || (a0 == 203 && a1 == 0 && a2 == 113);
        boolean benchmarking = a0 == 198 && (a1 == 18 || a1 == 19);
        boolean relay6to4 = a0 == 192 && a1 == 88 && a2 == 99;
        if (a0 >= 240 || protocolAssignments || documentation || benchmarking || relay6to4) {
            return RESERVED;
        }
        return PUBLIC;
    }

    private static AddressKind ofIpv6(byte[] b) {
        if (isZero(b, 0, 16)) {
            return UNSPECIFIED;
        }
        if (isZero(b, 0, 15) && b[15] == 1) {
            return LOOPBACK;
        }
        if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return ofIpv4(slice(b, 12));
        }
        if (isZero(b, 0, 12)) {
            return ofIpv4(slice(b, 12)); // deprecated IPv4-compatible ::a.b.c.d
        }
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return ofIpv4(slice(b, 12)); // NAT64 64:ff9b::/96 (and the local-use 64:ff9b:1::/48)
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return ofIpv4(slice(b, 2)); // 6to4 2002:AABB:CCDD::/48
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if ((first & 0xfe) == 0xfc || (first == 0xfe && (second & 0xc0) == 0xc0)) {
            return PRIVATE;
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return LINK_LOCAL;
        }
        if (first == 0xff) {
            return MULTICAST;
        }
        boolean documentation = first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8;
        boolean discardOnly = first == 0x01 && second == 0x00 && isZero(b, 2, 8);
        return documentation || discardOnly || (first & 0xe0) != 0x20 ? RESERVED : PUBLIC;
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] bytes, int from) {
        return new byte[] {bytes[from], bytes[from + 1], bytes[from + 2], bytes[from + 3]};
    }
}
