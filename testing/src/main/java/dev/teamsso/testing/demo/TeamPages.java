package dev.teamsso.testing.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.teamsso.testing.Html;

/**
 * The dashboard's Team and Billing pages, drawn from the team API's answers. Admins get a role
 * toggle per member (a POST form with the session's CSRF token) and the Billing entry.
 */
final class TeamPages {

    static final String ADMIN = "admin";
    static final String MEMBER = "member";

    private TeamPages() {
    }

    static String team(JsonNode team, JsonNode page, String myId, String csrfToken, int first, boolean more) {
        boolean admin = ADMIN.equals(team.path("role").asText());
        StringBuilder body = new StringBuilder()
                .append("<p>Team <b id=\"team-id\">").append(text(team, "id")).append("</b>, ")
                .append(team.path("memberCount").asLong()).append(" members. Your role: <b id=\"my-role\">")
                .append(text(team, "role")).append("</b>.</p>")
                .append(navigation(admin))
                .append("<table id=\"members\"><tr><th>Name</th><th>Email</th><th>Role</th><th>Status</th>")
                .append(admin ? "<th>Change</th>" : "").append("</tr>");
        for (JsonNode member : page.path("members")) {
            String id = member.path("id").asText();
            body.append("<tr data-member=\"").append(Html.escape(id)).append("\"><td>")
                    .append(text(member, "firstName")).append(' ').append(text(member, "lastName"))
                    .append(id.equals(myId) ? " (you)" : "").append("</td><td>").append(text(member, "email"))
                    .append("</td><td class=\"role\">").append(text(member, "role")).append("</td><td class=\"status\">")
                    .append(member.path("active").asBoolean(true) ? "active" : "deactivated").append("</td>");
            if (admin) {
                body.append("<td>").append(toggle(id, member.path("role").asText(), csrfToken))
                        .append(activation(id, member.path("active").asBoolean(true), csrfToken)).append("</td>");
            }
            body.append("</tr>");
        }
        body.append("</table>");
        if (first > 0) {
            body.append("<a href=\"/team?first=").append(Math.max(0, first - DashboardTeam.PAGE_SIZE)).append("\">Previous</a> ");
        }
        if (more) {
            body.append("<a href=\"/team?first=").append(first + DashboardTeam.PAGE_SIZE).append("\">Next</a>");
        }
        return DashboardPages.page("Team", body.toString());
    }

    static String billing(JsonNode team) {
        return DashboardPages.page("Billing", "<p id=\"billing\">Usage and invoices of team <b>" + text(team, "id")
                + "</b> (a stand-in: the platform shows its billing dashboard here).</p>" + navigation(true));
    }

    private static String navigation(boolean admin) {
        return "<p><a href=\"/\">Dashboard</a> · <a href=\"/team\">Team</a>"
                + (admin ? " · <a id=\"billing-link\" href=\"/billing\">Billing</a>" : "") + "</p>";
    }

    private static String toggle(String memberId, String role, String csrfToken) {
        String target = ADMIN.equals(role) ? MEMBER : ADMIN;
        return "<form method=\"post\" action=\"/team/role\">"
                + "<input type=\"hidden\" name=\"user\" value=\"" + Html.escape(memberId) + "\">"
                + "<input type=\"hidden\" name=\"role\" value=\"" + target + "\">"
                + "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.escape(csrfToken) + "\">"
                + "<button type=\"submit\" class=\"make-" + target + "\">Make " + target + "</button></form>";
    }

    private static String activation(String memberId, boolean active, String csrfToken) {
        String action = active ? "deactivate" : "reactivate";
        return "<form method=\"post\" action=\"/team/active\">"
                + "<input type=\"hidden\" name=\"user\" value=\"" + Html.escape(memberId) + "\">"
                + "<input type=\"hidden\" name=\"active\" value=\"" + !active + "\">"
                + "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.escape(csrfToken) + "\">"
                + "<button type=\"submit\" class=\"" + action + "\">" + (active ? "Deactivate" : "Reactivate") + "</button></form>";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? Html.escape(value.asText()) : "";
    }
}
