package dev.teamsso.testing.durability;

import dev.teamsso.testing.KeycloakServerOptions;
import org.junit.jupiter.api.Test;

/** The crash scenario on the embedded default database (dev-file H2), kept across the restart. */
class CrashH2IT {

    @Test
    void killedMidTrafficOnH2LosesNothingAndSignInsResume() throws Exception {
        new CrashScenario(KeycloakServerOptions.forTests("crash-h2").withDurableH2()).run();
    }
}
