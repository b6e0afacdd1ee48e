package dev.teamsso.cli.tool;

/** Ends a command with a message for the operator (never a secret) and an exit code. */
final class ToolFailure extends RuntimeException {

    private final int exitCode;

    ToolFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
