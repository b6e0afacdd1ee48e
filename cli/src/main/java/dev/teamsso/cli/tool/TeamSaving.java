package dev.teamsso.cli.tool;

import dev.teamsso.cli.TeamDifferences;
import dev.teamsso.cli.TeamProvisioner;
import dev.teamsso.cli.TeamProvisioner.ReissueNeededException;
import dev.teamsso.cli.TeamProvisioner.Saved;
import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.providers.contract.check.TeamChecks;
import dev.teamsso.cli.TeamStateException;
import jakarta.ws.rs.ForbiddenException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * What {@code add} and {@code import} share: the differences an existing team would undergo,
 * printed before anything changes; what the flags do not allow (an existing team without
 * {@code --update}, a new issuer for a team with accounts without {@code --reissue}); how a
 * saved team is reported.
 */
final class TeamSaving {

    private TeamSaving() {
    }

    static void printSkipped(PrintWriter out, TeamChecks.Checked checked) {
        checked.skipped().forEach(skipped -> out.println("not checked (" + SavingOptions.SKIP_CHECKS + "): " + skipped));
    }

    /** Prints the differences if the team exists; the refusal if the flags do not allow them. */
    static Optional<ToolFailure> refusal(TeamProvisioner provisioner, TeamChecks.Checked checked, SavingOptions options,
                                         PrintWriter out) {
        TeamRegistration team = TeamRegistration.of(checked);
        Optional<TeamDifferences> differences;
        try {
            differences = provisioner.differences(team, checked.issuer());
        } catch (TeamStateException pending) {
            return Optional.of(AdminSession.failure(pending));
        }
        if (differences.isEmpty()) {
            return Optional.empty();
        }
        out.println("team " + team.teamId() + " exists; saving would change "
                + (differences.get().isEmpty() ? "nothing (its identity provider would be written again)" : "this:"));
        differences.get().lines().forEach(line -> out.println("  " + line));
        out.flush();
        if (!options.mayUpdate()) {
            return Optional.of(new ToolFailure(ExitCode.EXISTS, "team " + team.teamId() + " exists; nothing was changed. Fix: add "
                    + SavingOptions.UPDATE + " to apply the differences above, or use another Team ID for a new team"));
        }
        if (!differences.get().issuerChanged() || options.reissue) {
            return Optional.empty();
        }
        int accounts = countAccounts(provisioner, checked);
        return accounts == 0 ? Optional.empty() : Optional.of(reissueNeeded(team, differences.get().oldIssuer(), accounts));
    }

    /** Saves one checked team as the flags allow; the provisioner re-checks for accounts made meanwhile. */
    static Saved save(TeamProvisioner provisioner, TeamChecks.Checked checked, SavingOptions options) {
        try {
            return provisioner.save(TeamRegistration.of(checked), checked.issuer(), options.reissue);
        } catch (ReissueNeededException e) {
            throw reissueNeeded(TeamRegistration.of(checked), "its current issuer", e.accounts());
        } catch (ForbiddenException e) {
            throw options.reissue ? accountsNotVisible(TeamRegistration.of(checked)) : e;
        }
    }

    /** {@code created team acme: ...} — never the secret. */
    static String describe(Saved saved, TeamChecks.Checked checked) {
        TeamRegistration team = TeamRegistration.of(checked);
        String verb = switch (saved) {
            case CREATED -> "created";
            case UPDATED -> "updated";
            case REISSUED -> "re-issued (every account made through the old issuer was retired)";
        };
        return verb + " team " + team.teamId() + ": organization and hardened identity provider '" + team.teamId()
                + "', issuer " + team.issuer() + ", client ID " + team.clientId() + ", admin email " + team.adminEmail();
    }

    private static int countAccounts(TeamProvisioner provisioner, TeamChecks.Checked checked) {
        try {
            return provisioner.accountCount(checked.teamId());
        } catch (ForbiddenException e) {
            throw accountsNotVisible(TeamRegistration.of(checked));
        }
    }

    private static ToolFailure reissueNeeded(TeamRegistration team, String oldIssuer, int accounts) {
        return new ToolFailure(ExitCode.REISSUE_NEEDED, "the issuer of team " + team.teamId() + " would change from " + oldIssuer
                + " to " + team.issuer() + ", and the team has " + accounts + " account(s) made through the old one;"
                + " nothing was changed. Fix: add " + SavingOptions.REISSUE + " to retire them (disabled, unlinked, signed out,"
                + " deleted: people of the new issuer start with new accounts and roles), or keep the issuer");
    }

    private static ToolFailure accountsNotVisible(TeamRegistration team) {
        return new ToolFailure(ExitCode.FAILED, "changing the issuer of team " + team.teamId() + " needs to see and retire its"
                + " accounts. Fix: give the tool's account the realm-management roles view-users and manage-users");
    }
}
