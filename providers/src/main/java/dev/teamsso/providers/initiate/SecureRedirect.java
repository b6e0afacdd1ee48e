package dev.teamsso.providers.initiate;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** A 303 redirect that no one may frame or cache. */
final class SecureRedirect {

    private SecureRedirect() {
    }

    static Response to(URI location) {
        return of(Response.seeOther(location).build());
    }

    static Response of(Response redirect) {
        return Response.fromResponse(redirect)
                .header("Cache-Control", "no-store")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "frame-ancestors 'none'")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
