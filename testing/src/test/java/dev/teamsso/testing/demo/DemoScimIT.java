package dev.teamsso.testing.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SCIM lines the demo prints work as printed: the {@code curl} that deactivates Bob, run by
 * a real shell and the real curl, disables his account and his Okta sign-in shows the
 * "deactivated" page; the reactivation line brings him back.
 */
@ExtendWith(TeamSsoExtension.class)
class DemoScimIT {

    @Test
    void thePrintedCurlDeactivatesBob(TeamSsoStack stack) throws Exception {
        String teamId = "demo-scim";
        stack.createTeam(teamId, teamId, "alice@demo-scim.example");
        try {
            OktaPerson bob = OktaPerson.named("Bob", "Baker", "bob@demo-scim.example");
            DemoScim scim = DemoScim.provision(stack, teamId, bob);

            String answer = run(scim.deactivateCurl());

            assertThat(answer).contains("\"active\":false");
            assertThat(stack.realm().users().get(scim.userId()).toRepresentation().isEnabled()).isFalse();
            BrokeredSignIn signIn = new BrokeredSignIn(stack);
            assertThat(signIn.viaIdpHint(new BrowserlessClient(), teamId, bob).last().body())
                    .contains("Your team has deactivated this account");

            assertThat(run(scim.reactivateCurl())).contains("\"active\":true");
            assertThat(signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), teamId, bob)).accessToken().getSubject())
                    .isEqualTo(scim.userId());
        } finally {
            TestTeam.of(stack, teamId).remove();
        }
    }

    private static String run(String commandLine) throws IOException, InterruptedException {
        Process curl = new ProcessBuilder("bash", "-c", commandLine).redirectErrorStream(true).start();
        String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(curl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(curl.exitValue()).as(output).isZero();
        return output;
    }
}
