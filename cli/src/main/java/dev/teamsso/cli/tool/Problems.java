package dev.teamsso.cli.tool;

import dev.teamsso.providers.contract.check.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** The message of a failed check: every problem on its own line, and that nothing was saved. */
final class Problems {

    private Problems() {
    }

    static ToolFailure nothingSaved(List<String> described) {
        return new ToolFailure(ExitCode.INVALID, "nothing was saved; fix " + (described.size() == 1 ? "this" : "these")
                + " and run the command again:" + described.stream().map(line -> System.lineSeparator() + "  " + line)
                .collect(Collectors.joining()));
    }

    static ToolFailure nothingSavedFor(List<Problem> problems) {
        return nothingSaved(problems.stream().map(Problem::describe).toList());
    }
}
