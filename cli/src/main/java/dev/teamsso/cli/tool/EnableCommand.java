package dev.teamsso.cli.tool;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teams enable TEAM}. */
@Command(name = "enable", description = "Enable a disabled team: its organization and its identity provider.")
final class EnableCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = TeamArgument.LABEL, description = "the Team ID")
    String team;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        return TeamSwitch.set(spec, connection, team, true);
    }
}
