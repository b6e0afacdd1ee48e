package dev.teamsso.providers.login;

import dev.teamsso.providers.contract.TeamId;
import jakarta.ws.rs.core.Cookie;
import org.keycloak.authentication.AuthenticationFlowContext;

/**
 * Remembers the last Team ID used on a device, to pre-fill the Team ID page: an HttpOnly,
 * SameSite=Lax cookie scoped to the realm that holds the Team ID and nothing else.
 */
final class LastTeamCookie {

    static final String NAME = "TEAM_SSO_LAST_TEAM";
    static final int MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

    private LastTeamCookie() {
    }

    /** The remembered Team ID, or empty when there is none or it is not a valid Team ID. */
    static String read(AuthenticationFlowContext context) {
        Cookie cookie = context.getHttpRequest().getHttpHeaders().getCookies().get(NAME);
        return cookie != null && TeamId.isValid(cookie.getValue()) ? cookie.getValue() : "";
    }

    static void write(AuthenticationFlowContext context, String teamId) {
        String path = context.getUriInfo().getBaseUri().getPath().replaceAll("/$", "") + "/realms/" + context.getRealm().getName() + "/";
        boolean secure = "https".equalsIgnoreCase(context.getUriInfo().getBaseUri().getScheme());
        context.getSession().getContext().getHttpResponse().addHeader("Set-Cookie", NAME + "=" + teamId
                + "; Path=" + path + "; Max-Age=" + MAX_AGE_SECONDS + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }
}
