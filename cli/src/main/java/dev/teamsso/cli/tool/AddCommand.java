package dev.teamsso.cli.tool;

import dev.teamsso.cli.TeamProvisioner;
import dev.teamsso.cli.check.InvalidTeamException;
import dev.teamsso.cli.check.TeamChecks;
import dev.teamsso.cli.check.TeamValues;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code teams add}: checks the five values, then creates the team or updates it. */
@Command(name = "add", sortOptions = false,
        description = "Create a team, or update it if it exists, from the five values the customer sent."
                + " Checks them all first; nothing is saved unless every check passes.")
final class AddCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--team", required = true, paramLabel = "TEAM_ID", description = "the Team ID, like acme or acme-eng")
    String team;

    @Option(names = "--issuer", required = true, paramLabel = "URL", description = "the Okta issuer, like https://acme.okta.com/oauth2/default")
    String issuer;

    @Option(names = "--client-id", required = true, paramLabel = "ID", description = "the client ID of the customer's Okta app")
    String clientId;

    @Option(names = "--client-secret", required = true, paramLabel = "SECRET", description = "its client secret (never printed)")
    String clientSecret;

    @Option(names = "--admin-email", required = true, paramLabel = "EMAIL", description = "who becomes team admin on first sign-in")
    String adminEmail;

    @Option(names = "--admin-group", paramLabel = "NAME", description = "the pushed Okta group (SCIM) whose members are"
            + " the team's admins, like \"DeepInfra Admins\"; an empty value removes the setting")
    String adminGroup;

    @Option(names = "--skip-checks", description = "do not reach the issuer (offline set-ups); prints what it skipped")
    boolean skipChecks;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        TeamChecks.Checked checked;
        try {
            checked = TeamSaving.checks(skipChecks).check(new TeamValues(team, issuer, clientId, clientSecret, adminEmail));
        } catch (InvalidTeamException invalid) {
            throw Problems.nothingSavedFor(invalid.problems());
        }
        String group = adminGroup == null ? null : AdminGroupOption.checked(adminGroup);
        PrintWriter out = spec.commandLine().getOut();
        TeamSaving.printSkipped(out, checked);
        TeamProvisioner.Saved saved = AdminSession.run(connection, realm -> new TeamProvisioner(realm).save(checked.team(), checked.issuer()));
        out.println(TeamSaving.describe(saved, checked));
        if (adminGroup != null) {
            out.println(AdminGroupOption.save(connection, checked.team().teamId(), group));
        }
        return ExitCode.OK;
    }
}
