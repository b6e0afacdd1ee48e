package dev.teamsso.cli.tool;

import dev.teamsso.providers.contract.AddressKind;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Before the tool sends a password or a client secret to {@code --server}: plain HTTP only to
 * this machine (a name resolving to loopback addresses only), and the demo's default
 * admin/admin only to this machine. Decided before any connection is made.
 */
final class ServerGuard {

    private ServerGuard() {
    }

    /** The refusal, if any; {@code demoDefaults}: no user or password was given, admin/admin would be sent. */
    static Optional<ToolFailure> refusal(String server, boolean demoDefaults, String credentialFlags) {
        URI uri;
        try {
            uri = new URI(server);
        } catch (Exception e) {
            uri = null;
        }
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri == null || uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            return Optional.of(new ToolFailure(ExitCode.USAGE, ConnectionOptions.SERVER + " '" + server + "' is not an http(s)"
                    + " URL. Fix: give Keycloak's base URL, like https://sso.example.com"));
        }
        boolean local = isLoopback(uri.getHost());
        if (scheme.equals("http") && !local) {
            return Optional.of(new ToolFailure(ExitCode.UNSAFE_CONNECTION, "refusing to send credentials to " + server
                    + " over plain HTTP (anyone on the way could read them); nothing was sent. Fix: use https://"
                    + server.substring("http://".length()) + ", or run the tool on the server's machine against http://localhost"));
        }
        if (demoDefaults && !local) {
            return Optional.of(new ToolFailure(ExitCode.UNSAFE_CONNECTION, "no credentials given for " + server + ", and the"
                    + " defaults admin/admin are the local demo's; nothing was sent. Fix: give " + credentialFlags
                    + ", or a service account with " + ConnectionOptions.AUTH_CLIENT_ID + "/" + ConnectionOptions.AUTH_CLIENT_SECRET));
        }
        return Optional.empty();
    }

    static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            InetAddress[] addresses = InetAddress.getAllByName(bare);
            return addresses.length > 0 && Arrays.stream(addresses).allMatch(a -> AddressKind.of(a) == AddressKind.LOOPBACK);
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
