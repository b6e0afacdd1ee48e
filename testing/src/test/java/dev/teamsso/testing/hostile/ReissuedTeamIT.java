package dev.teamsso.testing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Issue 18, item 4 (server half): every account records the issuer and the exact subject it was
 * made through, and every sign-in checks them. A team whose IdP is re-pointed to another issuer
 * (however that happened) never signs a token of the new issuer into an account of the old one,
 * even when the subject is the same.
 */
@ExtendWith(TeamSsoExtension.class)
class ReissuedTeamIT {

    private static final String TEAM = "xre";
    private static final String OTHER_ISSUER = "xre-elsewhere";

    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;

    ReissuedTeamIT(TeamSsoStack stack) {
        this.stack = stack;
        this.signIn = new BrokeredSignIn(stack);
    }

    @BeforeEach
    void createTeam() {
        stack.createTeam(TEAM, TEAM, "boss@xre.example");
    }

    @AfterEach
    void removeTeam() {
        TestTeam.of(stack, TEAM).remove();
    }

    @Test
    void theAccountRecordsItsIssuerAndExactSubjectForOperatorsOnly() {
        OktaPerson ann = new OktaPerson("00uAnnRecorded" + OktaPerson.newOktaUserId().substring(3, 9), "ann@xre.example",
                true, "Ann", "Recorded");

        String id = signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), TEAM, ann)).accessToken().getSubject();

        UserRepresentation account = stack.realm().users().get(id).toRepresentation();
        assertThat(account.getAttributes())
                .containsEntry("team-sso.issuer", List.of(stack.okta().issuer(TEAM)))
                .containsEntry("team-sso.subject", List.of(ann.sub()));
        assertThat(signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), TEAM, ann)).accessToken().getSubject())
                .as("a returning sign-in from the same issuer and subject").isEqualTo(id);
    }

    @Test
    void aTokenOfAnotherIssuerWithAnExistingSubjectNeverSignsIntoTheAccount() {
        OktaPerson boss = OktaPerson.named("Bo", "Boss", "boss@xre.example");
        String bossId = signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), TEAM, boss)).accessToken().getSubject();
        stack.realm().users().get(bossId).logout();

        repointTeamTo(OTHER_ISSUER);
        BrokeredSignIn.Outcome outcome = signIn.viaIdpHint(BrowserlessClient.likeABrowser(), TEAM, boss);

        assertThat(outcome.callback()).as("no code for the platform").isNull();
        assertThat(outcome.last().statusCode()).isEqualTo(403);
        assertThat(outcome.last().body()).contains("Sign-in through your company is not available right now");
        assertThat(stack.realm().users().get(bossId).getUserSessions()).isEmpty();
        assertThat(stack.realm().users().get(bossId).toRepresentation().getAttributes())
                .containsEntry("team-sso.issuer", List.of(stack.okta().issuer(TEAM)));
    }

    /** What a silent {@code teams add} of another issuer did: the same IdP, now trusting another issuer. */
    private void repointTeamTo(String issuerId) {
        IdentityProviderRepresentation idp = stack.realm().identityProviders().get(TEAM).toRepresentation();
        String from = stack.okta().issuer(TEAM);
        String to = stack.okta().issuer(issuerId);
        Map<String, String> config = new HashMap<>(idp.getConfig());
        config.replaceAll((key, value) -> value != null && value.startsWith(from) ? to + value.substring(from.length()) : value);
        idp.setConfig(config);
        stack.realm().identityProviders().get(TEAM).update(idp);
    }
}
