package dev.teamsso.bench;

import dev.teamsso.cli.ScimTokenStore;
import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.testing.KeycloakServerOptions;
import dev.teamsso.testing.ScimClient;
import dev.teamsso.testing.ScimImport;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -cp ... dev.teamsso.bench.ScimImportBench}: the throughput of a SCIM import (Okta's
 * "does this user exist?" and create, per person) into one fresh team, in users per second.
 */
@Command(name = "scim-import-bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "SCIM import throughput: N people into a fresh team, users/s.")
public final class ScimImportBench implements Callable<Integer> {

    @Option(names = "--users", description = "people to import (default: ${DEFAULT-VALUE})")
    int users = 1000;

    @Option(names = "--concurrency", description = "concurrent imports, as Okta's provisioning workers (default: ${DEFAULT-VALUE})")
    int concurrency = 4;

    @Option(names = "--mode", description = "PRODUCTION (kc.sh start) or DEVELOPMENT (default: ${DEFAULT-VALUE})")
    KeycloakServerOptions.Mode mode = KeycloakServerOptions.Mode.PRODUCTION;

    @Option(names = "--server", description = "use this Keycloak instead of starting one (it must reach the stand-in)")
    String server;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ScimImportBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        try (TeamSsoStack stack = server != null ? TeamSsoStack.connect(server, 0)
                : TeamSsoStack.start(new KeycloakServerOptions("bench-scim", 0, mode, List.of(), Map.of()), 0)) {
            String teamId = "scim-bench";
            stack.createTeam(teamId, teamId, "admin@scim-bench.example");
            try {
                String token = new ScimTokenStore(stack.realm()).issue(new TeamId(teamId)).orElseThrow();
                ScimClient scim = new ScimClient(stack.keycloak().realmUrl(TeamSsoStack.REALM), teamId, token);
                ScimImport result = ScimImport.run(scim, "scim-bench.example", users, concurrency);
                System.out.printf("| SCIM import | %d users | concurrency %d | %d ms | %.1f users/s | %d failures |%n",
                        result.users(), concurrency, result.elapsed().toMillis(), result.usersPerSecond(), result.failures());
                return result.failures() == 0 ? 0 : 1;
            } finally {
                TestTeam.of(stack, teamId).remove();
            }
        }
    }
}
