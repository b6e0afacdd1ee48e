package dev.teamsso.cli.tool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where {@code add} takes the team's client secret from, exactly one of: {@code --client-secret S}
 * (visible to other users of the machine in {@code ps}), {@code --client-secret-stdin} (the first
 * line of standard input), or the environment variable {@value #VARIABLE}.
 */
final class ClientSecretSource {

    static final String FLAG = "--client-secret";
    static final String STDIN_FLAG = "--client-secret-stdin";
    static final String VARIABLE = "TEAMS_OKTA_CLIENT_SECRET";

    private static final int MAX_BYTES = 8192;

    private ClientSecretSource() {
    }

    static String resolve(String flagValue, boolean fromStdin, InputStream in, Map<String, String> environment) {
        String fromEnvironment = environment.get(VARIABLE);
        boolean inEnvironment = fromEnvironment != null && !fromEnvironment.isEmpty();
        if (flagValue != null && fromStdin) {
            throw usage("give the client secret one way, not both " + FLAG + " and " + STDIN_FLAG);
        }
        if (flagValue != null) {
            return flagValue;
        }
        if (fromStdin) {
            return firstLine(in);
        }
        if (inEnvironment) {
            return fromEnvironment;
        }
        throw usage("no client secret. Fix: pipe it in with " + STDIN_FLAG + " (printf '%s\\n' \"$SECRET\" | bin/teams add ..."
                + " " + STDIN_FLAG + "), or set " + VARIABLE + ", or give " + FLAG + " S (visible in ps)");
    }

    private static String firstLine(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES);
        } catch (IOException e) {
            throw usage(STDIN_FLAG + ": standard input could not be read (" + e.getClass().getSimpleName() + ")");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (line.isEmpty()) {
            throw usage(STDIN_FLAG + ": standard input was empty. Fix: write the secret on its first line");
        }
        return line;
    }

    private static ToolFailure usage(String message) {
        return new ToolFailure(ExitCode.USAGE, message);
    }
}
