package dev.teamsso.cli.tool;

import dev.teamsso.cli.TeamProvisioner;
import dev.teamsso.providers.contract.check.InvalidTeamException;
import dev.teamsso.providers.contract.check.Problem;
import dev.teamsso.providers.contract.check.TeamChecks;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teams import FILE}: checks every team of the file, then saves them one by one. */
@Command(name = "import", description = "Create many teams (or, with --update, change existing ones) from a JSON file"
        + " (an array of objects with teamId, issuer, clientId, clientSecret, adminEmail, and optionally enabled;"
        + " clientSecret \"$${env:TEAMS_SECRET_NAME}\" is read from that environment variable). Every team is checked"
        + " and the differences of existing ones printed first; nothing is saved unless all pass.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the JSON file")
    Path file;

    @Mixin
    SavingOptions saving;

    @Mixin
    ConnectionOptions connection;

    private final Map<String, String> environment;

    ImportCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        List<TeamsFile.Entry> entries = TeamsFile.read(file, environment);
        List<TeamChecks.Checked> checked = check(entries);
        PrintWriter out = spec.commandLine().getOut();
        if (!checked.isEmpty()) {
            TeamSaving.printSkipped(out, checked.get(0));
        }
        AdminSession.run(connection, realm -> {
            TeamProvisioner provisioner = new TeamProvisioner(realm);
            refuseWhatTheFlagsDoNotAllow(provisioner, entries, checked, out);
            for (int i = 0; i < checked.size(); i++) {
                TeamChecks.Checked team = checked.get(i);
                try {
                    TeamProvisioner.Saved saved = TeamSaving.save(provisioner, team, saving);
                    Boolean enabled = entries.get(i).enabled();
                    if (enabled != null) {
                        provisioner.setEnabled(team.teamId(), enabled);
                    }
                    out.println(TeamSaving.describe(saved, team) + (Boolean.FALSE.equals(enabled) ? " (disabled)" : ""));
                    out.flush();
                } catch (RuntimeException e) {
                    ToolFailure failure = e instanceof ToolFailure known ? known : AdminSession.explain(connection, e);
                    throw new ToolFailure(failure.exitCode(), entries.get(i).label() + " was not saved: " + failure.getMessage()
                            + System.lineSeparator() + "The " + i + " team(s) before it were saved, the "
                            + (checked.size() - i - 1) + " after it were not; running the import again is safe");
                }
            }
            return checked.size();
        });
        out.println("imported " + checked.size() + " team(s) into realm " + connection.realm);
        return ExitCode.OK;
    }

    /** Every existing team's differences printed, and every refusal reported, before any team is saved. */
    private void refuseWhatTheFlagsDoNotAllow(TeamProvisioner provisioner, List<TeamsFile.Entry> entries,
                                              List<TeamChecks.Checked> checked, PrintWriter out) {
        List<String> refusals = new ArrayList<>();
        int exitCode = ExitCode.OK;
        for (int i = 0; i < checked.size(); i++) {
            String label = entries.get(i).label();
            Optional<ToolFailure> refusal = TeamSaving.refusal(provisioner, checked.get(i), saving, out);
            if (refusal.isPresent()) {
                refusals.add(label + ": " + refusal.get().getMessage());
                exitCode = exitCode == ExitCode.OK ? refusal.get().exitCode() : Math.min(exitCode, refusal.get().exitCode());
            }
        }
        if (!refusals.isEmpty()) {
            throw new ToolFailure(exitCode, "nothing was saved:" + refusals.stream()
                    .map(line -> System.lineSeparator() + "  " + line).collect(Collectors.joining()));
        }
    }

    private List<TeamChecks.Checked> check(List<TeamsFile.Entry> entries) {
        TeamChecks checks = saving.checks();
        List<String> problems = new ArrayList<>();
        List<TeamChecks.Checked> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TeamsFile.Entry entry : entries) {
            problems.addAll(entry.problems());
            if (!entry.problems().isEmpty()) {
                continue;
            }
            if (entry.values().teamId() != null && !seen.add(entry.values().teamId())) {
                problems.add(entry.label() + ": the same teamId appears earlier in the file. Fix: keep one entry per team");
                continue;
            }
            try {
                checked.add(checks.check(entry.values()));
            } catch (InvalidTeamException invalid) {
                invalid.problems().stream().map((Problem p) -> p.describeIn(entry.label())).forEach(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            throw Problems.nothingSaved(problems);
        }
        return checked;
    }
}
