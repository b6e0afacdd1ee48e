package dev.teamsso.cli.tool;

import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.providers.contract.check.Problem;
import dev.teamsso.providers.contract.check.TeamChecks;
import java.util.Optional;

/** A Team ID given as a command's argument: checked like {@code add --team}. */
final class TeamArgument {

    static final String LABEL = "TEAM";

    private TeamArgument() {
    }

    static TeamId parse(String value) {
        Optional<Problem> problem = TeamChecks.teamIdProblem(value);
        if (problem.isPresent()) {
            throw new ToolFailure(ExitCode.INVALID, LABEL + ": " + problem.get().found() + ". Fix: " + problem.get().fix());
        }
        return new TeamId(value);
    }

    static ToolFailure notFound(TeamId teamId, ConnectionOptions connection) {
        return new ToolFailure(ExitCode.NOT_FOUND, "no team '" + teamId + "' in realm " + connection.realm + " at "
                + connection.server + ". Fix: check the Team ID with 'teams list', or " + ConnectionOptions.REALM
                + "/" + ConnectionOptions.SERVER);
    }
}
