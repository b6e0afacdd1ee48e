package dev.teamsso.testing;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client addresses for simulated browsers: distinct loopback addresses (127.1.0.0/16), so the
 * server treats them as local (no TLS demanded) yet tells them apart. They only ever appear in
 * {@code X-Forwarded-For}.
 */
final class ClientAddresses {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private ClientAddresses() {
    }

    static String next() {
        int n = NEXT.getAndIncrement() % 65_000;
        return "127.1." + (n / 250) + "." + (n % 250 + 1);
    }
}
