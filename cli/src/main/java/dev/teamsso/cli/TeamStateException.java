package dev.teamsso.cli;

/**
 * A command does not fit the team's state: the Team ID is taken, the team is pending set-up
 * (invited, not live: only {@code list}, {@code show}, {@code invite} and {@code invite --revoke}
 * act on it), or it is not pending. Nothing was changed. The message names the fix.
 */
public final class TeamStateException extends RuntimeException {

    /** Why the command was refused. */
    public enum Kind { TAKEN, PENDING, NOT_PENDING }

    private final Kind kind;

    TeamStateException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
