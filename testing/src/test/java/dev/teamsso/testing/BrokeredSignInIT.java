package dev.teamsso.testing;

import static org.assertj.core.api.Assertions.assertThat;


import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.FederatedIdentityRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The whole stack end to end: a team provisioned through the admin API, a person signing in at
 * the Okta stand-in, Keycloak brokering, and the platform redeeming its code for tokens.
 */
@ExtendWith(TeamSsoExtension.class)
class BrokeredSignInIT {

    private static final String TEAM = "initech";

    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;

    BrokeredSignInIT(TeamSsoStack stack) {
        this.stack = stack;
        this.signIn = new BrokeredSignIn(stack);
    }

    @BeforeEach
    void createTeam() {
        stack.createTeam(TEAM, TEAM, "it@initech.example");
    }

    @AfterEach
    void removeTeam() {
        TestTeam.of(stack, TEAM).remove();
    }

    @Test
    void personSignsInThroughTheTeamsOktaAndThePlatformGetsCheckedTokens() {
        OktaPerson peter = OktaPerson.named("Peter", "Gibbons", "peter@initech.example");

        PlatformClient.Tokens tokens = signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), TEAM, peter));

        assertThat(tokens.idToken().getIssuer()).isEqualTo(stack.keycloak().realmUrl(TeamSsoStack.REALM));
        assertThat(tokens.idToken().getAudience()).containsExactly(TeamSsoStack.DASHBOARD_CLIENT);
        assertThat(tokens.accessToken().getClaim("email")).isEqualTo("peter@initech.example");
        assertThat(tokens.accessToken().getClaim("azp")).isEqualTo(TeamSsoStack.DASHBOARD_CLIENT);

        UserRepresentation user = stack.realm().users().get(tokens.accessToken().getSubject()).toRepresentation();
        assertThat(user.getEmail()).isEqualTo("peter@initech.example");
        List<FederatedIdentityRepresentation> links = stack.realm().users().get(user.getId()).getFederatedIdentity();
        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.getIdentityProvider()).isEqualTo(TEAM);
            assertThat(link.getUserId()).isEqualTo(peter.sub());
        });
        assertThat(stack.realm().users().get(user.getId()).toRepresentation()).isNotNull();
        stack.realm().users().get(user.getId()).remove();
    }

    @Test
    void aSecondSignInOfTheSamePersonReusesTheAccount() {
        OktaPerson joanna = OktaPerson.named("Joanna", "Fox", "joanna@initech.example");

        String first = signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), TEAM, joanna)).accessToken().getSubject();
        String second = signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), TEAM, joanna)).accessToken().getSubject();

        assertThat(second).isEqualTo(first);
        stack.realm().users().get(first).remove();
    }
}
