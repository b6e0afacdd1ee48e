package dev.teamsso.cli.tool;

import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.cli.TeamProvisioner;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code enable} and {@code disable} share: both the organization and its IdP change, or neither. */
final class TeamSwitch {

    private TeamSwitch() {
    }

    static int set(CommandSpec spec, ConnectionOptions connection, String team, boolean enabled) {
        TeamId teamId = TeamArgument.parse(team);
        boolean found = AdminSession.run(connection, realm -> new TeamProvisioner(realm).setEnabled(teamId, enabled));
        if (!found) {
            throw TeamArgument.notFound(teamId, connection);
        }
        spec.commandLine().getOut().println(enabled
                ? "enabled team " + teamId + " (organization and identity provider); its people can sign in"
                : "disabled team " + teamId + " (organization and identity provider); its people can no longer sign in");
        return ExitCode.OK;
    }
}
