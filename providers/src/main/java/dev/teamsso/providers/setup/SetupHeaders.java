package dev.teamsso.providers.setup;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.keycloak.models.BrowserSecurityHeaders;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.headers.SecurityHeadersProvider;

/**
 * The headers of every set-up response: the realm's browser security headers, except that the
 * page can never be framed ({@code X-Frame-Options: DENY}, CSP {@code frame-ancestors 'none'}),
 * never sends its URL (which holds the link's token) as a referrer, and is never stored
 * ({@code Cache-Control: no-store}). Keycloak's own header filter is told to leave them alone.
 */
final class SetupHeaders {

    static final String CSP = "frame-src 'self'; frame-ancestors 'none'; object-src 'none';";

    private SetupHeaders() {
    }

    static Response apply(KeycloakSession session, Response response) {
        RealmModel realm = session.getContext().getRealm();
        Map<String, String> configured = realm.getBrowserSecurityHeaders();
        Response.ResponseBuilder builder = Response.fromResponse(response);
        for (BrowserSecurityHeaders header : BrowserSecurityHeaders.values()) {
            String value = configured.getOrDefault(header.getKey(), header.getDefaultValue());
            builder.header(header.getHeaderName(), null);
            if (value != null && !value.isEmpty()) {
                builder.header(header.getHeaderName(), value);
            }
        }
        SecurityHeadersProvider headers = session.getProvider(SecurityHeadersProvider.class);
        if (headers != null) {
            headers.options().skipHeaders();
        }
        return builder
                .header(BrowserSecurityHeaders.X_FRAME_OPTIONS.getHeaderName(), null)
                .header(BrowserSecurityHeaders.X_FRAME_OPTIONS.getHeaderName(), "DENY")
                .header(BrowserSecurityHeaders.CONTENT_SECURITY_POLICY.getHeaderName(), null)
                .header(BrowserSecurityHeaders.CONTENT_SECURITY_POLICY.getHeaderName(), CSP)
                .header(BrowserSecurityHeaders.REFERRER_POLICY.getHeaderName(), null)
                .header(BrowserSecurityHeaders.REFERRER_POLICY.getHeaderName(), "no-referrer")
                .header(HttpHeaders.CACHE_CONTROL, null)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .build();
    }
}
