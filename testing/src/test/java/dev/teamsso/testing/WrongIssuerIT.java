package dev.teamsso.testing;

import dev.teamsso.providers.contract.TeamId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.providers.contract.check.IssuerMetadata;

import dev.teamsso.cli.TeamRegistration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A team IdP that expects one issuer refuses ID tokens from another, even when they come from
 * the endpoints it was configured with and are validly signed there: no account, no platform code.
 */
@ExtendWith(TeamSsoExtension.class)
class WrongIssuerIT {

    private static final String TEAM = "umbrella";

    private final TeamSsoStack stack;

    WrongIssuerIT(TeamSsoStack stack) {
        this.stack = stack;
    }

    @AfterEach
    void removeTeam() {
        TestTeam.of(stack, TEAM).remove();
    }

    @Test
    void tokensFromAnotherIssuerAreRejectedAndNoAccountIsCreated() throws Exception {
        String expected = stack.okta().issuer("umbrella-expected");
        IssuerMetadata actualEndpoints = IssuerMetadata.discover(stack.okta().issuer("umbrella-impostor"));
        TeamRegistration team = new TeamRegistration(new TeamId(TEAM), expected, "0oa-umbrella", "secret", "it@umbrella.example");
        stack.provisioner().create(team, actualEndpoints);
        OktaPerson alice = OktaPerson.named("Alice", "Wesker", "alice@umbrella.example");
        int usersBefore = stack.realm().users().count();

        BrokeredSignIn.Outcome outcome = new BrokeredSignIn(stack).viaIdpHint(new BrowserlessClient(), TEAM, alice);

        assertThat(outcome.callback()).as("no code is sent to the platform").isNull();
        // Keycloak answers a refused upstream token with its generic broker error page, 502 Bad Gateway.
        assertThat(outcome.last().statusCode()).isEqualTo(502);
        assertThat(outcome.last().body()).contains("Unexpected error when authenticating with identity provider");
        assertThat(outcome.last().body()).doesNotContain("umbrella-impostor");
        assertThat(stack.realm().users().count()).isEqualTo(usersBefore);
        assertThat(stack.realm().users().searchByEmail("alice@umbrella.example", true)).isEmpty();
        assertThat(stack.realm().getEvents(List.of("IDENTITY_PROVIDER_LOGIN_ERROR"), null, null, null, null, null, 0, 50))
                .as("the broker refused the token itself, not an earlier step")
                .anySatisfy(event -> assertThat(event.getError()).isEqualTo("identity_provider_login_failure"));
        assertThat(stack.keycloak().logTail(200)).contains("Wrong issuer from token");
    }
}
