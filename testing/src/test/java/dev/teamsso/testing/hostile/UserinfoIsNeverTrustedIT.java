package dev.teamsso.testing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.providers.contract.check.IssuerMetadata;
import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.HostileOidcProvider;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The mitigation of CVE-2026-14781 (a broker trusting userinfo over the signed ID token): team
 * IdPs never call userinfo, so an upstream whose userinfo says something else influences neither
 * the account's email nor {@code email_verified} nor the admin grant.
 */
@ExtendWith(TeamSsoExtension.class)
class UserinfoIsNeverTrustedIT {

    private static final AtomicInteger TEAMS = new AtomicInteger();

    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;
    private final HostileOidcProvider upstream = HostileOidcProvider.start("0oa-userinfo", "userinfo-secret");
    private final String team = "userinfo" + TEAMS.incrementAndGet();
    private final String adminEmail = "boss@" + team + ".example";
    private final TestTeam testTeam;

    UserinfoIsNeverTrustedIT(TeamSsoStack stack) throws Exception {
        this.stack = stack;
        this.signIn = new BrokeredSignIn(stack);
        this.testTeam = TestTeam.onUpstream(stack, team, upstream.issuer(), "0oa-userinfo", "userinfo-secret", adminEmail);
    }

    @AfterEach
    void removeTeam() {
        testTeam.remove();
        upstream.close();
    }

    @Test
    void userinfoVerifyingTheAdminEmailDoesNotMakeAnUnverifiedIdTokenAdmin() {
        OktaPerson unverified = OktaPerson.named("Una", "Verified", adminEmail).withEmailVerified(false);
        upstream.setUserinfo(Map.of("sub", unverified.sub(), "email", adminEmail, "email_verified", true));

        PlatformClient.Tokens tokens = signInAs(unverified);

        UserRepresentation account = account(unverified);
        assertThat(account.isEmailVerified()).isFalse();
        assertThat(tokens.accessToken().getClaim("team_role")).isEqualTo("member");
        assertThat(upstream.userinfoCalls()).isZero();
    }

    @Test
    void userinfoNamingTheAdminEmailDoesNotReplaceTheIdTokensEmail() {
        OktaPerson mallory = OktaPerson.named("Mallory", "Member", "mallory@" + team + ".example");
        upstream.setUserinfo(Map.of("sub", mallory.sub(), "email", adminEmail, "email_verified", true,
                "preferred_username", adminEmail));

        PlatformClient.Tokens tokens = signInAs(mallory);

        UserRepresentation account = account(mallory);
        assertThat(account.getEmail()).isEqualTo(mallory.email());
        assertThat(tokens.accessToken().getClaim("team_role")).isEqualTo("member");
        assertThat(upstream.userinfoCalls()).isZero();
    }

    @Test
    void theIdTokenAloneDecidesForTheRealAdmin() {
        OktaPerson boss = OktaPerson.named("Bea", "Boss", adminEmail);
        upstream.setUserinfo(Map.of("sub", boss.sub(), "email", "someone-else@" + team + ".example", "email_verified", false));

        PlatformClient.Tokens tokens = signInAs(boss);

        assertThat(account(boss).getEmail()).isEqualTo(adminEmail);
        assertThat(account(boss).isEmailVerified()).isTrue();
        assertThat(tokens.accessToken().getClaim("team_role")).isEqualTo("admin");
        assertThat(upstream.userinfoCalls()).isZero();
    }

    private PlatformClient.Tokens signInAs(OktaPerson person) {
        upstream.signInAs(person);
        BrowserlessClient browser = BrowserlessClient.likeABrowser();
        PlatformClient.Authorization authorization = signIn.platform().start(Map.of("kc_idp_hint", team));
        return signIn.tokens(new BrokeredSignIn.Outcome(authorization, browser.followRedirects(browser.get(authorization.uri()),
                uri -> uri.toString().startsWith(TeamSsoStack.DASHBOARD_REDIRECT_URI))));
    }

    private UserRepresentation account(OktaPerson person) {
        return testTeam.account(person.sub())
                .orElseThrow(() -> new AssertionError("no account for " + person.sub()));
    }
}
