package dev.teamsso.testing.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.teamsso.testing.QueryString;
import dev.teamsso.testing.TeamApiClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The dashboard's {@code /team}, {@code /team/role} and {@code /billing}: each asks the team API
 * with the signed-in person's access token, exactly as the platform would, so what a person
 * sees and may do is what the API says, not what an older token claims.
 */
final class DashboardTeam {

    static final int PAGE_SIZE = 50;
    private static final int MAX_FORM_BYTES = 4096;

    private final TeamApiClient api;

    DashboardTeam(TeamApiClient api) {
        this.api = api;
    }

    /** {@code GET /team?first=N}. */
    Page team(DashboardSession session, HttpExchange exchange) {
        String teamId = teamOf(session);
        TeamApiClient.Answer team = api.team(session.accessToken(), teamId);
        if (team.status() != 200) {
            return refused(team);
        }
        int first = firstOf(exchange);
        TeamApiClient.Answer page = api.members(session.accessToken(), teamId,
                Map.of("first", String.valueOf(first), "max", String.valueOf(PAGE_SIZE)));
        if (page.status() != 200) {
            return refused(page);
        }
        boolean more = page.json().path("members").size() == PAGE_SIZE;
        return new Page(200, TeamPages.team(team.json(), page.json(), session.tokens().accessToken().getSubject(),
                session.csrfToken(), first, more));
    }

    /** {@code POST /team/role} with {@code user}, {@code role} and {@code csrf}; done, it sends the browser back to /team. */
    Page changeRole(DashboardSession session, HttpExchange exchange) throws IOException {
        Map<String, String> form = QueryString.parse(formBody(exchange));
        if (!session.acceptsCsrfToken(form.get("csrf"))) {
            return new Page(403, DashboardPages.refused("This form has expired. Open the Team page again."));
        }
        TeamApiClient.Answer changed = api.setRole(session.accessToken(), teamOf(session),
                form.getOrDefault("user", ""), form.getOrDefault("role", ""));
        return changed.status() == 200 ? Page.BACK_TO_TEAM : refused(changed);
    }

    /** {@code POST /team/active} with {@code user}, {@code active} ({@code true}/{@code false}) and {@code csrf}. */
    Page setActive(DashboardSession session, HttpExchange exchange) throws IOException {
        Map<String, String> form = QueryString.parse(formBody(exchange));
        if (!session.acceptsCsrfToken(form.get("csrf"))) {
            return new Page(403, DashboardPages.refused("This form has expired. Open the Team page again."));
        }
        TeamApiClient.Answer changed = api.setActive(session.accessToken(), teamOf(session),
                form.getOrDefault("user", ""), "true".equals(form.get("active")));
        return changed.status() == 200 ? Page.BACK_TO_TEAM : refused(changed);
    }

    /** {@code GET /billing}: for the team's admins only, as the API says now. */
    Page billing(DashboardSession session) {
        TeamApiClient.Answer team = api.team(session.accessToken(), teamOf(session));
        if (team.status() != 200) {
            return refused(team);
        }
        if (!TeamPages.ADMIN.equals(team.json().path("role").asText())) {
            return new Page(403, DashboardPages.refused("Billing is for your team's admins."));
        }
        return new Page(200, TeamPages.billing(team.json()));
    }

    private static String teamOf(DashboardSession session) {
        Object teamId = session.tokens().accessToken().getClaim("team_id");
        return teamId == null ? "-" : teamId.toString();
    }

    private static int firstOf(HttpExchange exchange) {
        String first = QueryString.parse(exchange.getRequestURI().getRawQuery()).getOrDefault("first", "0");
        return first.matches("\\d{1,6}") ? Integer.parseInt(first) : 0;
    }

    private static String formBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readNBytes(MAX_FORM_BYTES), StandardCharsets.UTF_8);
        }
    }

    /** The API's refusal, shown with its fixed description; an expired token asks to sign in again. */
    private static Page refused(TeamApiClient.Answer answer) {
        if (answer.status() == 401) {
            return new Page(401, DashboardPages.error("Your sign-in has expired. Sign in again."));
        }
        JsonNode description = answer.json().path("error_description");
        return new Page(answer.status(), DashboardPages.refused(description.isTextual() ? description.asText() : "The team API refused."));
    }

    /** A page to answer with, or {@link #BACK_TO_TEAM}: a 303 to the Team page after a change. */
    record Page(int status, String html) {

        static final Page BACK_TO_TEAM = new Page(303, null);

        boolean isBackToTeam() {
            return status == 303;
        }
    }
}
