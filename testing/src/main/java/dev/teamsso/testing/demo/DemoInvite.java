package dev.teamsso.testing.demo;

import dev.teamsso.cli.tool.ExitCode;
import dev.teamsso.cli.tool.TeamsTool;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.TeamSsoStack;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/**
 * The demo's self-service set-up: team {@value #TEAM} invited by running {@code teams invite}
 * itself against the demo's Keycloak, and what its Okta admin types on the set-up page. The
 * Okta stand-in serves any issuer path, and its token endpoint answers a client-credentials
 * request with any client ID and secret, so the values below pass the page's checks.
 *
 * @param link the one-time set-up link, as {@code teams invite} printed it (its last line)
 */
public record DemoInvite(String link, String issuer, OktaPerson admin) {

    public static final String TEAM = "initech";
    public static final String CLIENT_ID = "0oa-initech";
    public static final String CLIENT_SECRET = "initech-secret";

    /** Invites {@value #TEAM} with {@code teams invite} and adds its admin to the stand-in's directory. */
    public static DemoInvite create(TeamSsoStack stack) {
        OktaPerson admin = OktaPerson.named("Ivy", "Ives", "ivy@initech.example");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TeamsTool.run(Map.of(), new PrintWriter(out), new PrintWriter(err), "invite", "--team", TEAM,
                "--admin-email", admin.email(), "--server", stack.keycloak().baseUrl(), "--realm", TeamSsoStack.REALM);
        if (code != ExitCode.OK) {
            throw new IllegalStateException("teams invite " + TEAM + " failed with exit " + code + ": " + err);
        }
        stack.okta().addToDirectory(admin);
        return new DemoInvite(out.toString().lines().reduce((first, second) -> second).orElseThrow(), stack.okta().issuer(TEAM), admin);
    }
}
