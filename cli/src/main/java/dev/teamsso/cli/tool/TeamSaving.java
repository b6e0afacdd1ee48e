package dev.teamsso.cli.tool;

import dev.teamsso.cli.TeamProvisioner.Saved;
import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.cli.check.TeamChecks;
import java.io.PrintWriter;

/** What {@code add} and {@code import} share: which checks run, and how a saved team is reported. */
final class TeamSaving {

    static final String SKIP_CHECKS = "--skip-checks";

    private TeamSaving() {
    }

    static TeamChecks checks(boolean skipChecks) {
        return skipChecks ? TeamChecks.offline() : TeamChecks.online();
    }

    static void printSkipped(PrintWriter out, TeamChecks.Checked checked) {
        checked.skipped().forEach(skipped -> out.println("not checked (" + SKIP_CHECKS + "): " + skipped));
    }

    /** {@code created team acme: ...} — never the secret. */
    static String describe(Saved saved, TeamChecks.Checked checked) {
        TeamRegistration team = checked.team();
        return (saved == Saved.CREATED ? "created" : "updated") + " team " + team.teamId()
                + ": organization and hardened identity provider '" + team.teamId() + "', issuer " + team.issuer()
                + ", client ID " + team.clientId() + ", admin email " + team.adminEmail();
    }
}
