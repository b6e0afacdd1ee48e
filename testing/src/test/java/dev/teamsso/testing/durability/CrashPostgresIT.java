package dev.teamsso.testing.durability;

import dev.teamsso.testing.HarnessSettings;
import dev.teamsso.testing.KeycloakServerOptions;
import dev.teamsso.testing.PostgresServer;
import dev.teamsso.testing.Prerequisite;
import org.junit.jupiter.api.Test;

/**
 * The crash scenario on PostgreSQL (Debian's package, which .ci/run installs), a private
 * instance started for this test. Skipped, saying why, where PostgreSQL is not installed.
 */
class CrashPostgresIT {

    @Test
    void killedMidTrafficOnPostgresLosesNothingAndSignInsResume() throws Exception {
        Prerequisite.require(PostgresServer.installation().isPresent(),
                "PostgreSQL is not installed (apt-get install -y postgresql; .ci/run does): skipping the PostgreSQL crash test");
        try (PostgresServer database = PostgresServer.start(HarnessSettings.load().workDir().resolveSibling("postgres-crash"))) {
            new CrashScenario(KeycloakServerOptions.forTests("crash-pg").withPostgres(database)).run();
        }
    }
}
