package dev.teamsso.cli.tool;

import dev.teamsso.cli.TeamListing;
import dev.teamsso.cli.TeamDirectory;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code teams list}: one page of teams, in name order, without secrets. */
@Command(name = "list", sortOptions = false, description = "List teams, a page at a time, in name order, pending ones (invite) with their link's expiry."
        + " Never shows a secret or a link.")
final class ListCommand implements Callable<Integer> {

    static final int MAX_PAGE = 1000;

    @Spec
    CommandSpec spec;

    @Option(names = "--first", paramLabel = "N", defaultValue = "0", description = "skip the first N teams (default ${DEFAULT-VALUE})")
    int first;

    @Option(names = "--max", paramLabel = "N", defaultValue = "100", description = "show at most N teams, 1 to " + MAX_PAGE + " (default ${DEFAULT-VALUE})")
    int max;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new ParameterException(spec.commandLine(), "--first must be 0 or more and --max 1 to " + MAX_PAGE
                    + " (got --first " + first + " --max " + max + "). Fix: for example --first 100 --max 100");
        }
        TeamDirectory.Page page = AdminSession.run(connection, realm -> new TeamDirectory(realm).page(first, max));
        PrintWriter out = spec.commandLine().getOut();
        if (page.teams().isEmpty()) {
            out.println(page.total() == 0 ? "no teams in realm " + connection.realm
                    : "no teams from --first " + first + " on; realm " + connection.realm + " has " + page.total());
            return ExitCode.OK;
        }
        Table table = new Table("TEAM", "STATUS", "ADMIN EMAIL", "ISSUER", "CLIENT ID");
        Instant now = Instant.now();
        for (TeamListing team : page.teams()) {
            String status = team.pending() == null ? team.status()
                    : team.status() + " (" + team.pending().stateText() + ", " + team.pending().linkText(now) + ")";
            table.row(team.teamId(), status, team.adminEmail(), team.issuer(), team.clientId());
        }
        table.print(out);
        int last = first + page.teams().size();
        out.println("teams " + (first + 1) + "-" + last + " of " + page.total()
                + (last < page.total() ? "; next page: --first " + last + " --max " + max : ""));
        return ExitCode.OK;
    }
}
