package dev.teamsso.cli.tool;

import dev.teamsso.cli.TeamDirectory;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code teams export}: every team as JSON, the import format without secrets. */
@Command(name = "export", description = "Print every team as JSON (teamId, issuer, clientId, adminEmail, enabled)."
        + " Never writes a secret: add clientSecret to each entry before importing the file elsewhere. Leaves out"
        + " teams pending set-up (invite).")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        String json = AdminSession.run(connection, realm -> TeamsFile.write(new TeamDirectory(realm).all().stream()
                .filter(team -> team.pending() == null).toList()));
        spec.commandLine().getOut().println(json);
        return ExitCode.OK;
    }
}
