package dev.teamsso.cli.tool;

import dev.teamsso.providers.contract.check.Field;
import dev.teamsso.providers.contract.check.InvalidTeamException;
import dev.teamsso.providers.contract.check.Problem;
import dev.teamsso.providers.contract.check.TeamChecks;
import dev.teamsso.providers.contract.check.TeamValues;
import dev.teamsso.providers.contract.OutboundUrlRule;
import dev.teamsso.providers.contract.TeamId;
import java.util.List;

/**
 * {@code invite}'s two values, checked exactly as {@code add} checks them (Team ID format and
 * reserved words, admin-email syntax): {@link TeamChecks}' offline checks, run with the three
 * values an invitation does not have yet filled in as valid stand-ins, keeping only the problems
 * of the two it has. (TeamChecks exposes no admin-email check of its own; this avoids a copy.)
 */
final class InviteChecks {

    private static final String STAND_IN_ISSUER = "http://localhost/invite";
    private static final String STAND_IN_VALUE = "invite";

    private InviteChecks() {
    }

    /** The Team ID, or a {@link ToolFailure} (exit {@link ExitCode#INVALID}) naming every problem and its fix. */
    static TeamId teamId(String team, String adminEmail) {
        try {
            TeamChecks.offline(OutboundUrlRule.allowingLoopback())
                    .check(new TeamValues(team, STAND_IN_ISSUER, STAND_IN_VALUE, STAND_IN_VALUE, adminEmail));
        } catch (InvalidTeamException invalid) {
            List<Problem> own = invalid.problems().stream()
                    .filter(problem -> problem.field() == Field.TEAM || problem.field() == Field.ADMIN_EMAIL).toList();
            throw Problems.nothingSavedFor(own.isEmpty() ? invalid.problems() : own);
        }
        return new TeamId(team);
    }
}
