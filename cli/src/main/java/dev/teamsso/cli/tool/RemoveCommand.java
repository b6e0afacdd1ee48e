package dev.teamsso.cli.tool;

import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.cli.TeamProvisioner;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teams remove TEAM --yes}: without {@code --yes} it only says what it would delete. */
@Command(name = "remove", description = "Delete a team: its identity provider and its organization. Without --yes,"
        + " prints exactly what it would delete and deletes nothing.")
final class RemoveCommand implements Callable<Integer> {

    static final String YES = "--yes";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = TeamArgument.LABEL, description = "the Team ID")
    String team;

    @Option(names = YES, description = "really delete")
    boolean yes;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        TeamId teamId = TeamArgument.parse(team);
        List<String> planned = AdminSession.run(connection, realm -> {
            TeamProvisioner provisioner = new TeamProvisioner(realm);
            List<String> plan = provisioner.plannedRemoval(teamId);
            if (yes && !plan.isEmpty()) {
                provisioner.remove(teamId);
            }
            return plan;
        });
        if (planned.isEmpty()) {
            throw TeamArgument.notFound(teamId, connection);
        }
        if (!yes) {
            throw new ToolFailure(ExitCode.NOT_CONFIRMED, "would delete team " + teamId + " in realm " + connection.realm + ":"
                    + lines(planned) + System.lineSeparator() + "Nothing was deleted. Fix: run again with " + YES
                    + " to delete, or 'teams disable " + teamId + "' to stop sign-ins and keep everything");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("deleted team " + teamId + " in realm " + connection.realm + ":" + lines(planned));
        return ExitCode.OK;
    }

    private static String lines(List<String> items) {
        StringBuilder text = new StringBuilder();
        items.forEach(item -> text.append(System.lineSeparator()).append("  ").append(item));
        return text.toString();
    }
}
