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
    /**
     * {@code add}/{@code import} of a team that exists, without {@code --update}: it printed the differences and changed
     * nothing; or {@code invite} of a Team ID that a team, an organization or an identity provider has already.
     */
    public static final int EXISTS = 6;
    /** The issuer of a team with accounts would change, without {@code --reissue}: nothing was changed. */
    public static final int REISSUE_NEEDED = 7;
    /**
     * Refused to send credentials: plain HTTP to a {@code --server} not on this machine, or the
     * demo's default admin/admin to a server not on this machine. No connection was made.
     */
    public static final int UNSAFE_CONNECTION = 8;
    /**
     * The team is pending self-service set-up ({@code invite}): only {@code list}, {@code show},
     * {@code invite} and {@code invite --revoke} act on it. Nothing was changed.
     */
    public static final int PENDING = 9;
    /** {@code invite --revoke} of a team that is not pending set-up (a live team is removed with {@code remove}): nothing was changed. */
    public static final int NOT_PENDING = 10;

    private ExitCode() {
    }
}
