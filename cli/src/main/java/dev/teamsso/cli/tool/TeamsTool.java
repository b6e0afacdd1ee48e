package dev.teamsso.cli.tool;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code teams}: the operator's tool. Turns the five values a customer sends into a working
 * team on a running Keycloak, after checking them, and manages teams from then on.
 */
@Command(name = "teams", mixinStandardHelpOptions = true, versionProvider = TeamsTool.Version.class,
        subcommands = {AddCommand.class, ListCommand.class, ShowCommand.class, DisableCommand.class, EnableCommand.class,
                RemoveCommand.class, ImportCommand.class, ExportCommand.class, ScimTokenCommand.class, InviteCommand.class,
                CommandLine.HelpCommand.class},
        description = "Manage Team SSO teams (an Organization plus a hardened Okta identity provider each) on a running Keycloak.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:Keycloak unreachable, sign-in refused, or a change refused (and undone)",
            "2:wrong command line",
            "3:a value failed its checks; nothing was saved",
            "4:no such team",
            "5:remove without --yes; nothing was deleted",
            "6:add/import of an existing team without --update (differences printed), or invite of a taken Team ID; nothing changed",
            "7:the issuer of a team with accounts would change, without --reissue; nothing changed",
            "8:credentials refused to a plain-HTTP or non-local server (see --server); no connection made",
            "9:the team is pending set-up (invite): only list, show and invite act on it; nothing changed",
            "10:invite --revoke of a team that is not pending set-up (use remove); nothing changed"})
public final class TeamsTool implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "give a command, for example: teams list");
    }

    public static void main(String[] args) {
        System.exit(run(System.getenv(), System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command line with this environment and these streams, and nothing on standard input. */
    public static int run(Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
        return run(environment, InputStream.nullInputStream(), out, err, args);
    }

    /** Runs one command line with this environment and these streams; returns the exit code. */
    public static int run(Map<String, String> environment, InputStream in, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(environment, in);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setDefaultValueProvider(new EnvironmentDefaults(environment));
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
            ToolFailure failure = e instanceof ToolFailure known ? known : new ToolFailure(ExitCode.FAILED,
                    "unexpected " + e.getClass().getSimpleName() + ". Fix: run again; if it persists, report it with the command line"
                            + " (without secrets)");
            failed.getErr().println("teams " + failed.getCommandName() + ": " + failure.getMessage());
            return failure.exitCode();
        });
        int exitCode = commandLine.execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    /** The tool's command tree (commands, flags, help) over this environment, not yet run. */
    public static CommandLine commandLine(Map<String, String> environment) {
        return commandLine(environment, InputStream.nullInputStream());
    }

    private static CommandLine commandLine(Map<String, String> environment, InputStream in) {
        return new CommandLine(new TeamsTool(), new Factory(environment, in));
    }

    /** Gives commands that need it the environment; picocli makes the rest. */
    record Factory(Map<String, String> environment, InputStream in) implements CommandLine.IFactory {
        Factory(Map<String, String> environment) {
            this(environment, InputStream.nullInputStream());
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ImportCommand.class) {
                return type.cast(new ImportCommand(environment));
            }
            if (type == AddCommand.class) {
                return type.cast(new AddCommand(environment, in));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"teams " + Optional.ofNullable(TeamsTool.class.getPackage().getImplementationVersion()).orElse("(dev)")};
        }
    }
}
