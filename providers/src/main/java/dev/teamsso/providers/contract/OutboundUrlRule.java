package dev.teamsso.providers.contract;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a URL that a customer named (an issuer, or an endpoint of its discovery document) may
 * be fetched: HTTPS, on the issuer's host and port, and every address the host resolves to is
 * public. Plain HTTP and loopback addresses pass only when loopback is allowed (dev mode, the
 * demo and the tests' Okta stand-ins on {@code http://localhost}); private, link-local,
 * unspecified, multicast and reserved addresses never do. Whoever fetches must not follow
 * redirects (a redirect is a new URL nobody checked). Plain JDK, no Keycloak: the {@code teams}
 * tool and the server share it.
 *
 * <p>A check resolves the host once; a fetch made later resolves it again. A name whose answer
 * changes between the two (DNS rebinding) is not caught unless the fetcher connects to the
 * checked address.
 */
public final class OutboundUrlRule {

    /** Why a URL may not be fetched. Part of a contract: callers map each to a message. */
    public enum Reason {
        /** Not an absolute http(s) URL with a host, or it carries user info ({@code user@host}). */
        NOT_A_URL,
        /** Plain HTTP where HTTPS is required. */
        NOT_HTTPS,
        /** Another host or port than the issuer's. */
        OTHER_HOST,
        /** The host does not resolve. */
        UNRESOLVABLE,
        /** The host resolves to an address that is not public (the detail names it and its kind). */
        NOT_PUBLIC
    }

    /** One refusal: the reason, and what was found (a host, an address and its kind). */
    public record Refusal(Reason reason, String detail) {
    }

    /** Host to addresses; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    private static final Resolver DNS = host -> List.of(InetAddress.getAllByName(host));

    private final boolean allowLoopback;
    private final Resolver resolver;

    public OutboundUrlRule(boolean allowLoopback, Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.resolver = resolver;
    }

    /** Production: HTTPS and public addresses only. */
    public static OutboundUrlRule strict() {
        return new OutboundUrlRule(false, DNS);
    }

    /** Dev mode: also plain HTTP to loopback addresses (and nothing else that is not public). */
    public static OutboundUrlRule allowingLoopback() {
        return new OutboundUrlRule(true, DNS);
    }

    public boolean allowsLoopback() {
        return allowLoopback;
    }

    /** Checks the issuer itself (the origin every other URL must share). */
    public Optional<Refusal> checkIssuer(URI issuer) {
        return check(issuer, issuer);
    }

    /** Checks {@code target}, which the discovery document of {@code issuer} named. */
    public Optional<Refusal> check(URI target, URI issuer) {
        if (!isHttpUrl(target) || !isHttpUrl(issuer)) {
            return refuse(Reason.NOT_A_URL, String.valueOf(target));
        }
        boolean https = "https".equalsIgnoreCase(target.getScheme());
        if (!https && (!allowLoopback || "https".equalsIgnoreCase(issuer.getScheme()))) {
            return refuse(Reason.NOT_HTTPS, String.valueOf(target));
        }
        String host = target.getHost().toLowerCase(Locale.ROOT);
        if (!host.equals(issuer.getHost().toLowerCase(Locale.ROOT)) || port(target) != port(issuer)) {
            return refuse(Reason.OTHER_HOST, target.getHost() + ":" + port(target));
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(unbracketed(host));
        } catch (UnknownHostException e) {
            return refuse(Reason.UNRESOLVABLE, host);
        }
        if (addresses.isEmpty()) {
            return refuse(Reason.UNRESOLVABLE, host);
        }
        boolean allLoopback = true;
        for (InetAddress address : addresses) {
            AddressKind kind = AddressKind.of(address);
            boolean allowed = kind.isPublic() || (allowLoopback && kind == AddressKind.LOOPBACK);
            if (!allowed) {
                return refuse(Reason.NOT_PUBLIC, host + " is " + address.getHostAddress() + " (" + describe(kind) + ")");
            }
            allLoopback &= kind == AddressKind.LOOPBACK;
        }
        if (!https && !allLoopback) {
            return refuse(Reason.NOT_HTTPS, String.valueOf(target));
        }
        return Optional.empty();
    }

    /** {@code link-local}, {@code private}, ... as words for messages. */
    public static String describe(AddressKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static boolean isHttpUrl(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return uri.isAbsolute() && uri.getHost() != null && uri.getRawUserInfo() == null
                && (scheme.equals("https") || scheme.equals("http"));
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static Optional<Refusal> refuse(Reason reason, String detail) {
        return Optional.of(new Refusal(reason, detail));
    }
}
