package dev.teamsso.testing.scim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.testing.ScimImport;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A SCIM import of 1,000 people at concurrency 4, as Okta runs it: every person created once,
 * the list total matches, and the rate is printed (users/s) for the record.
 */
@ExtendWith(TeamSsoExtension.class)
class ScimImportIT {

    @Test
    void importsAThousandPeople(TeamSsoStack stack) throws Exception {
        try (ScimTeam team = new ScimTeam(stack, "importer")) {
            ScimImport result = ScimImport.run(team.scim(), "importer.example", 1000, 4);

            System.out.printf("SCIM import: %d users in %d ms = %.1f users/s (concurrency 4)%n",
                    result.users(), result.elapsed().toMillis(), result.usersPerSecond());
            assertThat(result.failures()).isZero();
            assertThat(result.users()).isEqualTo(1000);
            assertThat(team.scim().get("/Users?count=0").json().get("totalResults").asInt()).isEqualTo(1000);
        }
    }
}
