package dev.teamsso.cli.tool;

import dev.teamsso.cli.ScimTokenStore;
import dev.teamsso.providers.contract.TeamId;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teams scim-token TEAM [--revoke]}: the team's SCIM token for its Okta provisioning. */
@Command(name = "scim-token", description = {
        "Create or replace the team's SCIM token and print it once, alone, as the last line (the SCIM base URL above it).",
        "The old token stops working at once. Only its hash is stored; it cannot be shown again."})
final class ScimTokenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = TeamArgument.LABEL, description = "the Team ID")
    String team;

    @Option(names = "--revoke", description = "remove the team's SCIM token instead: Okta provisioning stops with 401")
    boolean revoke;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        TeamId teamId = TeamArgument.parse(team);
        PrintWriter out = spec.commandLine().getOut();
        if (revoke) {
            if (!AdminSession.run(connection, realm -> new ScimTokenStore(realm).revoke(teamId))) {
                throw TeamArgument.notFound(teamId, connection);
            }
            out.println("revoked the SCIM token of team " + teamId + "; its Okta provisioning now gets 401");
            return ExitCode.OK;
        }
        Optional<String> token = AdminSession.run(connection, realm -> new ScimTokenStore(realm).issue(teamId));
        if (token.isEmpty()) {
            throw TeamArgument.notFound(teamId, connection);
        }
        out.println("SCIM base URL: " + baseUrl(teamId));
        out.println("In Okta: Provisioning > Integration: SCIM connector base URL as above, unique identifier 'userName',");
        out.println("authentication mode 'HTTP Header', Authorization 'Bearer' with the token below (shown only now):");
        out.println(token.get());
        return ExitCode.OK;
    }

    private String baseUrl(TeamId teamId) {
        String server = connection.server.endsWith("/") ? connection.server.substring(0, connection.server.length() - 1) : connection.server;
        return server + "/realms/" + connection.realm + "/teams/" + teamId + "/scim/v2";
    }
}
