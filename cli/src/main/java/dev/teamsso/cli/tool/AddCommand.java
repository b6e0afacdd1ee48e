package dev.teamsso.cli.tool;

import dev.teamsso.cli.TeamProvisioner;
import dev.teamsso.providers.contract.check.InvalidTeamException;
import dev.teamsso.providers.contract.check.TeamChecks;
import dev.teamsso.providers.contract.check.TeamValues;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code teams add}: checks the five values, then creates the team, or updates it with {@code --update}. */
@Command(name = "add", sortOptions = false,
        description = "Create a team from the five values the customer sent (or, with --update, change one that exists,"
                + " printing the differences first). Checks them all first; nothing is saved unless every check passes.")
final class AddCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--team", required = true, paramLabel = "TEAM_ID", description = "the Team ID, like acme or acme-eng")
    String team;

    @Option(names = "--issuer", required = true, paramLabel = "URL", description = "the Okta issuer, like https://acme.okta.com/oauth2/default")
    String issuer;

    @Option(names = "--client-id", required = true, paramLabel = "ID", description = "the client ID of the customer's Okta app")
    String clientId;

    @Option(names = ClientSecretSource.FLAG, paramLabel = "SECRET",
            description = "its client secret (never printed; visible to other users in ps: prefer "
                    + ClientSecretSource.STDIN_FLAG + " or env " + ClientSecretSource.VARIABLE + ")")
    String clientSecret;

    @Option(names = ClientSecretSource.STDIN_FLAG, description = "read the client secret from the first line of standard input")
    boolean clientSecretFromStdin;

    @Option(names = "--admin-email", required = true, paramLabel = "EMAIL", description = "who becomes team admin on first sign-in")
    String adminEmail;

    @Mixin
    SavingOptions saving;

    @Option(names = "--admin-group", paramLabel = "NAME", description = "the pushed Okta group (SCIM) whose members are"
            + " the team's admins, like \"DeepInfra Admins\"; an empty value removes the setting")
    String adminGroup;

    @Mixin
    ConnectionOptions connection;

    private final Map<String, String> environment;
    private final InputStream in;

    AddCommand(Map<String, String> environment, InputStream in) {
        this.environment = environment;
        this.in = in;
    }

    @Override
    public Integer call() {
        String secret = ClientSecretSource.resolve(clientSecret, clientSecretFromStdin, in, environment);
        TeamChecks.Checked checked;
        try {
            checked = saving.checks().check(new TeamValues(team, issuer, clientId, secret, adminEmail));
        } catch (InvalidTeamException invalid) {
            throw Problems.nothingSavedFor(invalid.problems());
        }
        String group = adminGroup == null ? null : AdminGroupOption.checked(adminGroup);
        PrintWriter out = spec.commandLine().getOut();
        TeamSaving.printSkipped(out, checked);
        TeamProvisioner.Saved saved = AdminSession.run(connection, realm -> {
            TeamProvisioner provisioner = new TeamProvisioner(realm);
            TeamSaving.refusal(provisioner, checked, saving, out).ifPresent(refusal -> {
                throw refusal;
            });
            return TeamSaving.save(provisioner, checked, saving);
        });
        out.println(TeamSaving.describe(saved, checked));
        if (adminGroup != null) {
            out.println(AdminGroupOption.save(connection, checked.teamId(), group));
        }
        return ExitCode.OK;
    }
}
