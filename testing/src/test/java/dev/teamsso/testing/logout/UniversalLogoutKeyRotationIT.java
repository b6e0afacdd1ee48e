package dev.teamsso.testing.logout;

import static dev.teamsso.testing.logout.LogoutFixture.issSub;
import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.OktaStandIn;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import dev.teamsso.testing.UniversalLogoutJwt;
import dev.teamsso.testing.logout.LogoutFixture.Live;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Okta rotates its signing key: the stand-in's JWKS then publishes only the new key. A Universal
 * Logout JWT signed with the new key is accepted as soon as Keycloak has fetched the JWKS again
 * for the unknown {@code kid} (as its broker does, at most every 10 s), and the old key is refused.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UniversalLogoutKeyRotationIT {

    private static final String TEAM = "lexcorp";

    private final TeamSsoStack stack;
    private final LogoutFixture logout;
    private TeamRegistration lexcorp;

    UniversalLogoutKeyRotationIT(TeamSsoStack stack) {
        this.stack = stack;
        this.logout = new LogoutFixture(stack);
    }

    @BeforeAll
    void createTeam() {
        lexcorp = stack.createTeam(TEAM, TEAM, "lex@lexcorp.example");
    }

    @AfterAll
    void removeTeam() {
        TestTeam.of(stack, TEAM).remove();
    }

    @Test
    void aRotatedKeyIsPickedUpAndTheOldOneIsRefused() throws InterruptedException {
        OktaPerson lex = OktaPerson.named("Lex", "Luthor", "lex@lexcorp.example");
        String body = issSub(lexcorp.issuer(), lex.sub());
        RSAKey old = stack.okta().keys().key(TEAM);
        logout.viaTeamIdForm(TEAM, lex);
        assertThat(logout.revoke(TEAM, logout.jwt(TEAM, TEAM), body).status()).as("the key before rotation").isEqualTo(204);

        Live live = logout.viaTeamIdForm(TEAM, lex);

        RSAKey rotated = stack.okta().keys().rotate(TEAM);

        assertThat(acceptedWithin(Duration.ofSeconds(60), body)).as("a JWT signed with the new key").isTrue();
        assertThat(logout.sessions(live.id())).isZero();
        assertThat(rotated.getKeyID()).isNotEqualTo(old.getKeyID());
        String signedWithOldKey = UniversalLogoutJwt.of(lexcorp.issuer(), OktaStandIn.LOGOUT_JWT_SUBJECT, logout.endpoint(TEAM))
                .signedWith(old);
        assertThat(logout.revoke(TEAM, signedWithOldKey, body).status()).as("the retired key").isEqualTo(401);
    }

    /** Sends a fresh JWT with the current key every 2 s until one is accepted (204) or time is up. */
    private boolean acceptedWithin(Duration timeout, String body) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            int status = logout.revoke(TEAM, logout.jwt(TEAM, TEAM), body).status();
            if (status == 204) {
                return true;
            }
            assertThat(status).as("refused while Keycloak has only the old key").isEqualTo(401);
            Thread.sleep(2000);
        }
        return false;
    }
}
