package dev.teamsso.testing.teams;

import dev.teamsso.cli.tool.TeamsTool;
import dev.teamsso.testing.TeamSsoStack;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One run of the real {@code teams} command line against the test server: exit code and output. */
record TeamsRun(int exitCode, String out, String err) {

    static TeamsRun run(TeamSsoStack stack, String... args) {
        return runWith(stack, Map.of(), args);
    }

    static TeamsRun runWith(TeamSsoStack stack, Map<String, String> environment, String... args) {
        return runWithInput(stack, environment, "", args);
    }

    /** With {@code input} on standard input. */
    static TeamsRun runWithInput(TeamSsoStack stack, Map<String, String> environment, String input, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--server=" + stack.keycloak().baseUrl());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TeamsTool.run(environment, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new TeamsRun(code, out.toString(), err.toString());
    }

    /** Both streams, for assertions that something appears (or not) anywhere. */
    String all() {
        return out + err;
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\nout:\n" + out + "\nerr:\n" + err;
    }
}
