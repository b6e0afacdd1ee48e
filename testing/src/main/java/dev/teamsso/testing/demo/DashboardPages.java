package dev.teamsso.testing.demo;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.teamsso.testing.Html;
import dev.teamsso.testing.PlatformClient;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The dashboard stand-in's HTML. */
final class DashboardPages {

    private static final String STYLE = "<style>body{font-family:sans-serif;max-width:46rem;margin:2rem auto}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}"
            + ".who{font-size:1.3rem}</style>";

    private DashboardPages() {
    }

    static String signedOut() {
        return page("Platform dashboard", """
                <p>You are not signed in.</p>
                <p><a href="/login">Sign in</a> (the platform's login page, with <b>Corporate SSO</b>)</p>
                <form action="/login" method="get">
                <label>Or a deep link straight to your team's Okta: Team ID <input name="team" placeholder="acme"></label>
                <button type="submit">Go</button></form>
                """);
    }

    static String signedIn(PlatformClient.Tokens tokens) {
        JWTClaimsSet claims = tokens.accessToken();
        String team = firstOf(claims, "team_id");
        String role = firstOf(claims, "team_role");
        StringBuilder body = new StringBuilder()
                .append("<p class=\"who\">Signed in as <b>").append(Html.escape(String.valueOf(claims.getClaim("name"))))
                .append("</b> &lt;").append(Html.escape(String.valueOf(claims.getClaim("email")))).append("&gt;</p>")
                .append("<table><tr><th>Team</th><td id=\"team\">").append(Html.escape(team)).append("</td></tr>")
                .append("<tr><th>Role</th><td id=\"role\">").append(Html.escape(role)).append("</td></tr>")
                .append("<tr><th>Account</th><td id=\"account\">").append(Html.escape(firstOf(claims, "account_id")))
                .append("</td></tr></table>")
                .append("<h2>Access token claims</h2><table>");
        new TreeMap<>(claims.getClaims()).forEach((name, value) -> body.append("<tr><th>").append(Html.escape(name))
                .append("</th><td>").append(Html.escape(String.valueOf(value))).append("</td></tr>"));
        body.append("</table><p><a href=\"/logout\">Sign out</a></p>");
        return page("Platform dashboard", navigation(firstOf(claims, "team_id"), role) + body);
    }

    /** Team for everyone in a team; Billing only when the token says {@code team_role=admin}. */
    private static String navigation(String team, String role) {
        if ("—".equals(team)) {
            return "";
        }
        return "<p><a id=\"team-link\" href=\"/team\">Team</a>"
                + ("admin".equals(role) ? " · <a id=\"billing-link\" href=\"/billing\">Billing</a>" : "") + "</p>";
    }

    static String error(String message) {
        return page("Sign-in problem", "<p>" + Html.escape(String.valueOf(message)) + "</p><p><a href=\"/\">Back</a></p>");
    }

    /** A refusal on the Team or Billing page, with the reason the team API gave. */
    static String refused(String message) {
        return page("Not possible", "<p id=\"refusal\">" + Html.escape(String.valueOf(message))
                + "</p><p><a href=\"/team\">Back to the team</a></p>");
    }

    static String notFound() {
        return page("Not found", "<p><a href=\"/\">Back to the dashboard</a></p>");
    }

    private static String firstOf(JWTClaimsSet claims, String... names) {
        for (String name : names) {
            Object value = claims.getClaim(name);
            if (value instanceof List<?> list && !list.isEmpty()) {
                return String.valueOf(list.get(0));
            }
            if (value instanceof Map<?, ?> map && !map.isEmpty()) {
                return String.valueOf(map.keySet().iterator().next());
            }
            if (value != null && !(value instanceof List<?>) && !(value instanceof Map<?, ?>)) {
                return String.valueOf(value);
            }
        }
        return "—";
    }

    static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Html.escape(title) + "</title>"
                + STYLE + "</head><body><h1>" + Html.escape(title) + "</h1>" + body + "</body></html>";
    }

}
