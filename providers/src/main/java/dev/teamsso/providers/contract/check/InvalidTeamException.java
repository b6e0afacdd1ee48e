package dev.teamsso.providers.contract.check;

import java.util.List;

/** The values of a team failed one or more checks; nothing was saved. */
public final class InvalidTeamException extends Exception {

    private final transient List<Problem> problems;

    public InvalidTeamException(List<Problem> problems) {
        super(problems.size() + " problem(s): " + problems.get(0).describe());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
