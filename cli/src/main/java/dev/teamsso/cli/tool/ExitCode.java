package dev.teamsso.cli.tool;

/** The {@code teams} tool's exit codes: a public contract, listed in docs/operators.md (OperatorDocsTest keeps the table true). */
public final class ExitCode {

    /** Done. */
    public static final int OK = 0;
    /** Keycloak could not be reached, refused the sign-in, or refused a change (which was undone). */
    public static final int FAILED = 1;
    /** The command line is wrong: unknown command or flag, missing value. */
    public static final int USAGE = 2;
    /** A value failed its checks (Team ID, issuer, client ID and secret, admin email, import file); nothing was saved. */
    public static final int INVALID = 3;
    /** No such team. */
    public static final int NOT_FOUND = 4;
    /** {@code remove} without {@code --yes}: it printed what it would delete and deleted nothing. */
    public static final int NOT_CONFIRMED = 5;

    private ExitCode() {
    }
}
