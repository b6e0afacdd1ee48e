package dev.teamsso.cli.tool;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teams disable TEAM}. */
@Command(name = "disable", description = "Disable a team: its organization and its identity provider. Its people can no longer sign in; nothing is deleted.")
final class DisableCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = TeamArgument.LABEL, description = "the Team ID")
    String team;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        return TeamSwitch.set(spec, connection, team, false);
    }
}
