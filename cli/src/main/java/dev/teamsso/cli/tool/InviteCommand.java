package dev.teamsso.cli.tool;

import dev.teamsso.cli.PendingTeam;
import dev.teamsso.cli.TeamInvitations;
import dev.teamsso.providers.contract.TeamId;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code teams invite --team T --admin-email E [--expires 72h]}, and {@code teams invite --revoke T}. */
@Command(name = "invite", sortOptions = false, description = {
        "Invite a team to set itself up: creates the pending team (no sign-in possible yet) and prints a one-time set-up link"
                + " for the customer's Okta admin as the last line. Inviting a pending team again replaces its link.",
        "The link is shown only now (only its hash is stored), works once, and expires."})
final class InviteCommand implements Callable<Integer> {

    static final String REVOKE = "--revoke";

    @Spec
    CommandSpec spec;

    @Option(names = "--team", paramLabel = "TEAM_ID", description = "the Team ID, like acme or acme-eng")
    String team;

    @Option(names = "--admin-email", paramLabel = "EMAIL", description = "who becomes team admin on first sign-in"
            + " (the Okta admin who gets the link, usually)")
    String adminEmail;

    @Option(names = SetupLinkLifetime.FLAG, paramLabel = "DURATION", description = "how long the link works: minutes, hours"
            + " or days, like 30m, 72h or 7d; at most 7d (default 72h)")
    String expires;

    @Option(names = REVOKE, paramLabel = TeamArgument.LABEL, description = "instead: end the link of this pending team and"
            + " remove the pending team (a live team is removed with 'teams remove')")
    String revoke;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        if (revoke != null) {
            if (team != null || adminEmail != null || expires != null) {
                throw new ParameterException(spec.commandLine(), REVOKE + " takes only the Team ID. Fix: teams invite "
                        + REVOKE + " TEAM (without --team, --admin-email and " + SetupLinkLifetime.FLAG + ")");
            }
            return revoke(TeamArgument.parse(revoke));
        }
        if (team == null || adminEmail == null) {
            throw new ParameterException(spec.commandLine(), "invite needs --team and --admin-email. Fix: teams invite --team"
                    + " acme --admin-email it-admin@acme.example [" + SetupLinkLifetime.FLAG + " 72h], or " + REVOKE + " TEAM");
        }
        TeamId teamId = InviteChecks.teamId(team, adminEmail);
        Duration lifetime = SetupLinkLifetime.parse(expires);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Instant until = Instant.now().plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
        String link = AdminSession.run(connection, realm -> {
            TeamInvitations invitations = new TeamInvitations(realm);
            String base = invitations.linkBase(connection.server, warning -> err.println("warning: " + warning));
            TeamInvitations.Invitation invitation = invitations.invite(teamId, adminEmail, until);
            if (invitation.replaced() != null) {
                err.println("team " + teamId + " was already pending set-up (" + invitation.replaced().stateText()
                        + "); this new link replaces its old one, which no longer works");
            }
            return TeamInvitations.link(base, connection.realm, invitation.token());
        });
        out.println("invited team " + teamId + " in realm " + connection.realm + ": pending set-up, admin email " + adminEmail
                + "; nobody can sign in through it until its Okta admin finishes the set-up");
        out.println("Send this link to the team's Okta admin (it works once, until " + until + ", in "
                + SetupLinkLifetime.describe(lifetime) + "; shown only now, stored only as a hash):");
        out.println(link);
        return ExitCode.OK;
    }

    private int revoke(TeamId teamId) {
        Optional<PendingTeam> revoked = AdminSession.run(connection, realm -> new TeamInvitations(realm).revoke(teamId));
        if (revoked.isEmpty()) {
            throw TeamArgument.notFound(teamId, connection);
        }
        spec.commandLine().getOut().println("revoked the set-up link of team " + teamId + " (" + revoked.get().stateText()
                + ") and removed the pending team: its organization, its identity provider if the set-up page had saved one,"
                + " and any account it had");
        return ExitCode.OK;
    }
}
