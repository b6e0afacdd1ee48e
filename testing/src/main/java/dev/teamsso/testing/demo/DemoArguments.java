package dev.teamsso.testing.demo;

/** The demo's command line: nothing, or {@code --nodes N}. */
final class DemoArguments {

    private DemoArguments() {
    }

    /** How many Keycloak nodes: 1 unless {@code --nodes N} (or {@code --nodes=N}) says otherwise. */
    static int nodes(String[] args) {
        int nodes = 1;
        for (int i = 0; i < args.length; i++) {
            String value;
            if (args[i].equals("--nodes") && i + 1 < args.length) {
                value = args[++i];
            } else if (args[i].startsWith("--nodes=")) {
                value = args[i].substring("--nodes=".length());
            } else {
                throw new IllegalArgumentException("unknown argument '" + args[i] + "'. Fix: bin/demo, or bin/demo --nodes 2");
            }
            try {
                nodes = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                nodes = 0;
            }
            if (nodes < 1) {
                throw new IllegalArgumentException("--nodes: '" + value + "' is not a number of nodes. Fix: --nodes 2");
            }
        }
        return nodes;
    }
}
