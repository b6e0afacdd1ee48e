package dev.teamsso.testing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.teamsso.testing.AccountRestClient;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Issue 18, item 11: names and email of a team account come from the team's Okta. The person
 * cannot change them through the account REST API (what the account console calls); the
 * operator still can through the admin API, and the person can still save the unchanged profile.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OktaManagedProfileIT {

    private static final String TEAM = "xprofile";

    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;
    private final AccountRestClient account;

    OktaManagedProfileIT(TeamSsoStack stack) {
        this.stack = stack;
        this.signIn = new BrokeredSignIn(stack);
        this.account = new AccountRestClient(stack.keycloak().realmUrl(TeamSsoStack.REALM));
    }

    @BeforeAll
    void createTeam() {
        stack.createTeam(TEAM, TEAM, "it@xprofile.example");
    }

    @AfterAll
    void removeTeam() {
        TestTeam.of(stack, TEAM).remove();
    }

    @ParameterizedTest
    @CsvSource({"firstName, The", "lastName, CEO", "email, ceo@xprofile.example"})
    void aMemberCannotChangeWhatOktaSends(String field, String value) {
        PlatformClient.Tokens tokens = signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), TEAM,
                OktaPerson.named("Mia", "Member", "mia." + field.toLowerCase() + "@xprofile.example")));
        ObjectNode profile = (ObjectNode) account.get(tokens.rawAccessToken(), "").json();
        String before = profile.path(field).asText();

        AccountRestClient.Answer answer = account.post(tokens.rawAccessToken(), "", profile.deepCopy().put(field, value));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("teamSsoManagedByOkta").doesNotContain("Exception");
        assertThat(account.get(tokens.rawAccessToken(), "").json().path(field).asText()).isEqualTo(before);
    }

    @Test
    void theUnchangedProfileStillSavesAndTheOperatorCanStillEdit() {
        PlatformClient.Tokens tokens = signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), TEAM,
                OktaPerson.named("Otto", "Operator", "otto@xprofile.example")));
        ObjectNode profile = (ObjectNode) account.get(tokens.rawAccessToken(), "").json();

        assertThat(account.post(tokens.rawAccessToken(), "", profile).status()).isEqualTo(204);

        UserRepresentation user = stack.realm().users().get(tokens.accessToken().getSubject()).toRepresentation();
        user.setFirstName("Otto-Fixed");
        stack.realm().users().get(user.getId()).update(user);
        assertThat(stack.realm().users().get(user.getId()).toRepresentation().getFirstName()).isEqualTo("Otto-Fixed");
    }
}
