package dev.teamsso.testing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.providers.contract.AccountName;
import dev.teamsso.testing.AccountRestClient;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.HtmlForms;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Issue 18, items 1 and 2: a team account signs in only through its team's Okta. Every door
 * around it is tried: setting a credential through application-initiated actions and the account
 * console, a password on the login form, password grants through every client, and wrong
 * passwords that would lock the person out of Okta sign-in.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnlyThroughOktaIT {

    private static final String TEAM = "xdoor";
    private static final String PASSWORD = "a-password-set-somehow-1";

    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;
    private final AccountRestClient account;

    OnlyThroughOktaIT(TeamSsoStack stack) {
        this.stack = stack;
        this.signIn = new BrokeredSignIn(stack);
        this.account = new AccountRestClient(stack.keycloak().realmUrl(TeamSsoStack.REALM));
    }

    @BeforeAll
    void createTeam() {
        stack.createTeam(TEAM, TEAM, "it@xdoor.example");
    }

    @AfterAll
    void removeTeam() {
        TestTeam.of(stack, TEAM).remove();
        stack.realm().users().search("local-door", true).forEach(user -> stack.realm().users().delete(user.getId()).close());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UPDATE_PASSWORD", "CONFIGURE_TOTP", "webauthn-register", "webauthn-register-passwordless",
        "CONFIGURE_RECOVERY_AUTHN_CODES"})
    void aSignedInMemberCannotAddACredentialThroughAnApplicationInitiatedAction(String action) {
        BrowserlessClient browser = new BrowserlessClient();
        OktaPerson person = OktaPerson.named("Aia", action, "aia@xdoor.example");
        PlatformClient.Tokens tokens = signIn.tokens(signIn.viaIdpHint(browser, TEAM, person));

        PlatformClient.Authorization authorization = signIn.platform().start(Map.of("kc_action", action));
        HttpResponse<String> answer = browser.followRedirects(browser.get(authorization.uri()),
                uri -> uri.toString().startsWith(TeamSsoStack.DASHBOARD_REDIRECT_URI));

        assertThat(HtmlForms.parse(answer).select("form input[type=password], input[name=totp], #register, #kc-recovery-codes-list"))
                .as("Keycloak serves no form that sets a credential").isEmpty();
        assertThat(stack.realm().users().get(tokens.accessToken().getSubject()).credentials()).isEmpty();
    }

    @Test
    void theAccountConsoleOffersNoWayToSetUpACredential() {
        PlatformClient.Tokens tokens = signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), TEAM,
                OktaPerson.named("Con", "Sole", "console@xdoor.example")));

        AccountRestClient.Answer credentials = account.get(tokens.rawAccessToken(), "/credentials");

        assertThat(credentials.status()).isEqualTo(200);
        credentials.json().forEach(type -> {
            assertThat(type.path("createAction").isMissingNode() || type.path("createAction").isNull())
                    .as("create action of %s", type.path("type").asText()).isTrue();
            assertThat(type.path("updateAction").isMissingNode() || type.path("updateAction").isNull())
                    .as("update action of %s", type.path("type").asText()).isTrue();
        });
    }

    @Test
    void aPasswordOnATeamAccountOpensNeitherTheLoginFormNorAnyPasswordGrant() {
        OktaPerson person = OktaPerson.named("Pat", "Word", "pat@xdoor.example");
        String userId = signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), TEAM, person)).accessToken().getSubject();
        setPassword(userId, PASSWORD);
        String username = AccountName.of(TEAM, person.sub());

        BrokeredSignIn.Outcome form = signIn.viaPassword(new BrowserlessClient(), username, PASSWORD);

        assertThat(form.callback()).as("the login form refuses the team account").isNull();
        assertThat(HtmlForms.parse(form.last()).select("#kc-form-login")).as("the login form again").hasSize(1);
        for (String client : List.of("admin-cli", "dashboard", "account-console", "security-admin-console", "account")) {
            AccountRestClient.Answer grant = account.passwordGrant(client, username, PASSWORD);
            assertThat(grant.status()).as("password grant through %s", client).isBetween(400, 401);
            assertThat(grant.body()).doesNotContain("access_token");
        }
        assertThat(failures(userId)).as("no failed login recorded for the team account").isZero();
    }

    @Test
    void localAccountsStillUseTheFormButNoPasswordGrant() {
        UserRepresentation local = new UserRepresentation();
        local.setUsername("local-door");
        local.setEmail("local-door@platform.example");
        local.setEmailVerified(true);
        local.setFirstName("Local");
        local.setLastName("Door");
        local.setEnabled(true);
        stack.realm().users().create(local).close();
        String localId = stack.realm().users().search("local-door", true).get(0).getId();
        setPassword(localId, PASSWORD);

        assertThat(signIn.viaPassword(new BrowserlessClient(), "local-door", PASSWORD).callback()).isNotNull();
        assertThat(account.passwordGrant("admin-cli", "local-door", PASSWORD).status()).isBetween(400, 401);
    }

    @Test
    void wrongPasswordsForATeamUsernameNeverLockThePersonOutOfOkta() {
        OktaPerson person = OktaPerson.named("Loc", "Kout", "lockout@xdoor.example");
        String userId = signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), TEAM, person)).accessToken().getSubject();
        String username = AccountName.of(TEAM, person.sub());

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(signIn.viaPassword(new BrowserlessClient(), username, "wrong-" + attempt).callback()).isNull();
        }

        assertThat(failures(userId)).isZero();
        PlatformClient.Tokens tokens = signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), TEAM, person));
        assertThat(tokens.accessToken().getSubject()).isEqualTo(userId);
    }

    private void setPassword(String userId, String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        stack.realm().users().get(userId).resetPassword(credential);
    }

    private int failures(String userId) {
        Object failures = stack.realm().attackDetection().bruteForceUserStatus(userId).get("numFailures");
        return failures instanceof Number number ? number.intValue() : 0;
    }
}
