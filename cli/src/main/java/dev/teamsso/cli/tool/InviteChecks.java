package dev.teamsso.cli.tool;

import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.providers.contract.check.Problem;
import dev.teamsso.providers.contract.check.TeamChecks;
import java.util.List;

/**
 * {@code invite}'s two values, checked exactly as {@code add} checks them (Team ID format and
 * reserved words, admin-email syntax), by {@link TeamChecks#teamIdAndAdminEmailProblems}.
 */
final class InviteChecks {

    private InviteChecks() {
    }

    /** The Team ID, or a {@link ToolFailure} (exit {@link ExitCode#INVALID}) naming every problem and its fix. */
    static TeamId teamId(String team, String adminEmail) {
        List<Problem> problems = TeamChecks.teamIdAndAdminEmailProblems(team, adminEmail);
        if (!problems.isEmpty()) {
            throw Problems.nothingSavedFor(problems);
        }
        return new TeamId(team);
    }
}
