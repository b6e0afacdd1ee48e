package dev.teamsso.testing.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.teamsso.cli.tool.ExitCode;
import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.testing.BrokeredSignIn;
import dev.teamsso.testing.BrowserlessClient;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.IdentityProviderRepresentation;

/**
 * Re-pointing a team to another issuer (issue 18, item 4), with the real server and the Okta
 * stand-in: refused while the team has accounts, unless {@code --reissue}, which retires them, so
 * that a person of the new issuer with the same {@code sub} gets a fresh account, not the old
 * admin's.
 */
@ExtendWith(TeamSsoExtension.class)
class TeamReissueIT {

    private static final String TEAM = "reissue";
    private static final String ADMIN_EMAIL = "ann@reissue.example";

    private final TeamSsoStack stack;
    private final BrokeredSignIn signIn;

    TeamReissueIT(TeamSsoStack stack) {
        this.stack = stack;
        this.signIn = new BrokeredSignIn(stack);
    }

    @AfterEach
    void cleanUp() {
        TestTeam.of(stack, TEAM).remove();
    }

    private TeamsRun add(String issuerId, String adminEmail, String... extra) {
        List<String> args = new ArrayList<>(List.of("add", "--team", TEAM, "--issuer", stack.okta().issuer(issuerId),
                "--client-id", "0oa-reissue", "--client-secret", "okta-S3cret-reissue", "--admin-email", adminEmail,
                "--allow-loopback-issuer"));
        args.addAll(List.of(extra));
        return TeamsRun.run(stack, args.toArray(String[]::new));
    }

    private PlatformClient.Tokens signInAs(OktaPerson person) {
        return signIn.tokens(signIn.viaIdpHint(new BrowserlessClient(), TEAM, person));
    }

    @Test
    void aNewIssuerForATeamWithAccountsIsRefusedWithoutReissueAndNothingChanges() {
        assertThat(add("reissue-old", ADMIN_EMAIL).exitCode()).isEqualTo(ExitCode.OK);
        String ann = signInAs(OktaPerson.named("Ann", "Admin", ADMIN_EMAIL)).accessToken().getSubject();

        TeamsRun run = add("reissue-new", ADMIN_EMAIL, "--update");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.REISSUE_NEEDED);
        assertThat(run.out()).contains("issuer: " + stack.okta().issuer("reissue-old") + " -> " + stack.okta().issuer("reissue-new"));
        assertThat(run.err()).contains("the team has 1 account(s) made through the old one; nothing was changed")
                .contains("--reissue");
        IdentityProviderRepresentation idp = stack.realm().identityProviders().get(TEAM).toRepresentation();
        assertThat(idp.getConfig()).containsEntry("issuer", stack.okta().issuer("reissue-old"));
        assertThat(idp.isEnabled()).as("the IdP disabled for the count is enabled again").isTrue();
        assertThat(stack.realm().users().get(ann).toRepresentation().isEnabled()).isTrue();
    }

    @Test
    void reissueRetiresTheOldAccountsSoTheSameSubOfTheNewIssuerGetsAFreshAccount() {
        assertThat(add("reissue-old", ADMIN_EMAIL).exitCode()).isEqualTo(ExitCode.OK);
        OktaPerson ann = OktaPerson.named("Ann", "Admin", ADMIN_EMAIL);
        PlatformClient.Tokens old = signInAs(ann);
        String oldAccount = old.accessToken().getSubject();
        assertThat(old.accessToken().getClaims()).containsEntry("team_role", "admin");
        assertThat(stack.realm().users().get(oldAccount).getUserSessions()).isNotEmpty();

        TeamsRun run = add("reissue-new", "boss@reissue.example", "--reissue");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("re-issued (every account made through the old issuer was retired) team " + TEAM);
        assertThatThrownBy(() -> stack.realm().users().get(oldAccount).toRepresentation()).isInstanceOf(NotFoundException.class);
        IdentityProviderRepresentation idp = stack.realm().identityProviders().get(TEAM).toRepresentation();
        assertThat(idp.getConfig()).containsEntry("issuer", stack.okta().issuer("reissue-new"));
        assertThat(idp.isEnabled()).isTrue();

        // Someone at the new issuer with Ann's Okta user ID (sub) and email.
        PlatformClient.Tokens fresh = signInAs(ann);

        assertThat(fresh.accessToken().getSubject()).isNotEqualTo(oldAccount);
        assertThat(fresh.accessToken().getClaims()).containsEntry("team_id", TEAM).containsEntry("team_role", "member");
        assertThat(stack.realm().users().get(fresh.accessToken().getSubject()).getFederatedIdentity())
                .singleElement().satisfies(link -> assertThat(link.getUserId()).isEqualTo(ann.sub()));
    }

    @Test
    void aNewIssuerForATeamWithoutAccountsNeedsOnlyUpdate() {
        assertThat(add("reissue-old", ADMIN_EMAIL).exitCode()).isEqualTo(ExitCode.OK);

        TeamsRun run = add("reissue-new", ADMIN_EMAIL, "--update");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("updated team " + TEAM);
        assertThat(stack.realm().identityProviders().get(TEAM).toRepresentation().getConfig())
                .containsEntry("issuer", stack.okta().issuer("reissue-new"));
        assertThat(stack.provisioner().findOrganization(new TeamId(TEAM))).isPresent();
    }
}
