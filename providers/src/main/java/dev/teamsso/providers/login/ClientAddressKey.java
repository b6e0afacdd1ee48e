package dev.teamsso.providers.login;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The throttle's name for a client address: an IPv4 address as it is, an IPv6 address as its
 * /64 network (one home or office usually gets a whole /64, so counting single IPv6 addresses
 * would leave every /64 unlimited). IPv4-mapped IPv6 addresses count as their IPv4 address.
 * Only literals are read, never looked up in DNS; anything else is kept as given.
 */
final class ClientAddressKey {

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final int NETWORK_BYTES = 8;

    private ClientAddressKey() {
    }

    static String of(String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return "unknown";
        }
        String address = clientAddress.strip();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        int zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        if (address.indexOf(':') < 0 || !IPV6_LITERAL.matcher(address).matches()) {
            return address.toLowerCase(Locale.ROOT);
        }
        byte[] bytes;
        try {
            // A literal of hex digits, colons and dots: parsed, never resolved.
            bytes = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return address.toLowerCase(Locale.ROOT);
        }
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        StringBuilder network = new StringBuilder();
        for (int i = 0; i < NETWORK_BYTES; i += 2) {
            network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
        }
        return network.append(":/64").toString();
    }
}
