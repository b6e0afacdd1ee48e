package dev.teamsso.testing.logout;

import static dev.teamsso.testing.logout.LogoutFixture.email;
import static dev.teamsso.testing.logout.LogoutFixture.issSub;
import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.testing.OktaKeys;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.OktaStandIn;
import dev.teamsso.testing.TeamApiClient.Answer;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import dev.teamsso.testing.UniversalLogoutJwt;
import dev.teamsso.testing.logout.LogoutFixture.Live;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Okta Universal Logout against the real server, signed by the Okta stand-in's own keys: what a
 * valid call ends (both sign-in paths, iss_sub and email subjects), and every refusal, each
 * checked to change nothing.
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UniversalLogoutIT {

    private static final String TEAM = "wayne";
    private static final String OTHER_TEAM = "stark";
    private static final String DISABLED_TEAM = "wayne-old";

    private final TeamSsoStack stack;
    private final LogoutFixture logout;
    private TeamRegistration wayne;

    UniversalLogoutIT(TeamSsoStack stack) {
        this.stack = stack;
        this.logout = new LogoutFixture(stack);
    }

    @BeforeAll
    void createTeams() {
        wayne = stack.createTeam(TEAM, TEAM, "bruce@wayne.example");
        stack.createTeam(OTHER_TEAM, OTHER_TEAM, "tony@stark.example");
        stack.createTeam(DISABLED_TEAM, TEAM, "alfred@wayne.example");
        stack.provisioner().setEnabled(new TeamId(DISABLED_TEAM), false);
    }

    @AfterAll
    void removeTeams() {
        List.of(TEAM, OTHER_TEAM, DISABLED_TEAM).forEach(team -> TestTeam.of(stack, team).remove());
    }

    @Test
    void anIssSubCallEndsTheSessionsOfBothSignInPathsAndTheNextSignInGoesToOkta() {
        OktaPerson bruce = OktaPerson.named("Bruce", "Wayne", "bruce@wayne.example");
        Live viaForm = logout.viaTeamIdForm(TEAM, bruce);
        Live viaTile = logout.viaOktaTile(wayne, bruce);
        assertThat(viaTile.id()).isEqualTo(viaForm.id());
        assertThat(logout.sessions(viaForm.id())).isEqualTo(2);
        assertThat(logout.apiAccepts(viaForm, TEAM)).isTrue();
        assertThat(logout.signedInSilently(viaForm, TEAM)).as("a live session signs in without Okta").isTrue();

        Answer answer = logout.revoke(TEAM, logout.jwt(TEAM, TEAM), issSub(wayne.issuer(), bruce.sub()));

        assertThat(answer.status()).isEqualTo(204);
        assertThat(answer.body()).isEmpty();
        assertThat(logout.sessions(viaForm.id())).isZero();
        for (Live person : List.of(viaForm, viaTile)) {
            assertThat(logout.refreshWorks(person)).as("refresh token").isFalse();
            assertThat(logout.apiAccepts(person, TEAM)).as("team API with the old access token").isFalse();
            assertThat(logout.signedInSilently(person, TEAM)).as("next sign-in goes to Okta").isFalse();
        }
        assertThat(logout.enabled(viaForm.id())).as("a logout, not a deactivation").isTrue();
        assertThat(logout.viaTeamIdForm(TEAM, bruce).id()).as("Okta signs the same account in again").isEqualTo(viaForm.id());
    }

    @Test
    void anEmailCallEndsEveryAccountWithThatEmailInTheTeamOnly() {
        OktaPerson lucius = OktaPerson.named("Lucius", "Fox", "lucius@wayne.example");
        OktaPerson luciusReissued = OktaPerson.named("Lucius", "Fox", "lucius@wayne.example");
        Live first = logout.viaTeamIdForm(TEAM, lucius);
        Live second = logout.viaOktaTile(wayne, luciusReissued);
        Live elsewhere = logout.viaTeamIdForm(OTHER_TEAM, OktaPerson.named("Lucius", "Fox", "lucius@wayne.example"));
        assertThat(second.id()).isNotEqualTo(first.id());

        Answer answer = logout.revoke(TEAM, logout.jwt(TEAM, TEAM), email("Lucius@Wayne.example"));

        assertThat(answer.status()).isEqualTo(204);
        assertThat(logout.sessions(first.id())).isZero();
        assertThat(logout.sessions(second.id())).isZero();
        assertThat(logout.refreshWorks(first)).isFalse();
        assertThat(logout.refreshWorks(second)).isFalse();
        assertThat(logout.sessions(elsewhere.id())).as("the same email in another team").isEqualTo(1);
        assertThat(logout.refreshWorks(elsewhere)).isTrue();
    }

    @Test
    void aPersonWithNothingLeftToRevokeIsStillDone() {
        OktaPerson selina = OktaPerson.named("Selina", "Kyle", "selina@wayne.example");
        logout.viaTeamIdForm(TEAM, selina);
        assertThat(logout.revoke(TEAM, logout.jwt(TEAM, TEAM), issSub(wayne.issuer(), selina.sub())).status()).isEqualTo(204);

        assertThat(logout.revoke(TEAM, logout.jwt(TEAM, TEAM), issSub(wayne.issuer(), selina.sub())).status()).isEqualTo(204);
    }

    @Test
    void anUnknownSubjectIs404() {
        Answer unknownSub = logout.revoke(TEAM, logout.jwt(TEAM, TEAM), issSub(wayne.issuer(), OktaPerson.newOktaUserId()));
        Answer unknownEmail = logout.revoke(TEAM, logout.jwt(TEAM, TEAM), email("nobody@wayne.example"));

        assertThat(unknownSub.status()).isEqualTo(404);
        assertThat(unknownSub.error()).isEqualTo("unknown_subject");
        assertThat(unknownEmail.body()).isEqualTo(unknownSub.body());
    }

    @Test
    void aSubjectOfAnotherTeamIsUnknownHereAndKeepsItsSessions() {
        OktaPerson tony = OktaPerson.named("Tony", "Stark", "tony@stark.example");
        Live live = logout.viaTeamIdForm(OTHER_TEAM, tony);
        String starkIssuer = stack.okta().issuer(OTHER_TEAM);

        List<Answer> answers = List.of(
                logout.revoke(TEAM, logout.jwt(TEAM, TEAM), issSub(starkIssuer, tony.sub())),
                logout.revoke(TEAM, logout.jwt(TEAM, TEAM), issSub(wayne.issuer(), tony.sub())),
                logout.revoke(TEAM, logout.jwt(TEAM, TEAM), email(tony.email())));

        assertThat(answers).extracting(Answer::status).containsOnly(404);
        assertThat(logout.sessions(live.id())).isEqualTo(1);
        assertThat(logout.refreshWorks(live)).isTrue();
        assertThat(logout.apiAccepts(live, OTHER_TEAM)).isTrue();
    }

    @Test
    void aValidJwtOfAnotherTeamsOktaIs403() {
        OktaPerson dick = OktaPerson.named("Dick", "Grayson", "dick@wayne.example");
        Live live = logout.viaTeamIdForm(TEAM, dick);

        Answer answer = logout.revoke(TEAM, logout.jwt(OTHER_TEAM, TEAM), issSub(wayne.issuer(), dick.sub()));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.error()).isEqualTo("access_denied");
        assertThat(logout.sessions(live.id())).isEqualTo(1);
        assertThat(logout.refreshWorks(live)).isTrue();
    }

    @Test
    void everyBadJwtIs401WithOneBodyAndChangesNothing() {
        OktaPerson barbara = OktaPerson.named("Barbara", "Gordon", "barbara@wayne.example");
        Live live = logout.viaTeamIdForm(TEAM, barbara);
        String body = issSub(wayne.issuer(), barbara.sub());
        OktaKeys keys = stack.okta().keys();
        String kid = keys.key(TEAM).getKeyID();
        UniversalLogoutJwt good = UniversalLogoutJwt.of(wayne.issuer(), OktaStandIn.LOGOUT_JWT_SUBJECT, logout.endpoint(TEAM));
        Instant now = Instant.now();

        List<String> tokens = List.of(
                "not-a-jwt",
                unsigned(good.signedWith(keys.key(TEAM))),
                good.signedWith(OktaKeys.newKey(), kid),
                good.signedWith(OktaKeys.newKey()),
                good.withIssuer(stack.okta().issuer("nosuch")).signedWith(keys.key(TEAM)),
                good.withIssuer(wayne.issuer() + "/").signedWith(keys.key(TEAM)),
                good.withAudience(logout.endpoint(OTHER_TEAM)).signedWith(keys.key(TEAM)),
                good.withAudience(stack.keycloak().realmUrl(TeamSsoStack.REALM)).signedWith(keys.key(TEAM)),
                good.issuedAt(now.minus(Duration.ofMinutes(10))).withLifetime(Duration.ofMinutes(5)).signedWith(keys.key(TEAM)),
                good.withLifetime(Duration.ofHours(1)).signedWith(keys.key(TEAM)),
                good.issuedAt(now.plus(Duration.ofMinutes(5))).signedWith(keys.key(TEAM)));

        Answer missing = logout.revoke(TEAM, null, body);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.error()).isEqualTo("invalid_token");
        assertThat(missing.wwwAuthenticate()).startsWith("Bearer");
        for (String token : tokens) {
            Answer answer = logout.revoke(TEAM, token, body);
            assertThat(answer.status()).as(token).isEqualTo(401);
            assertThat(answer.body()).isEqualTo(missing.body());
        }
        assertThat(logout.sessions(live.id())).isEqualTo(1);
        assertThat(logout.refreshWorks(live)).isTrue();
    }

    @Test
    void aJwtWorksOnce() {
        OktaPerson jason = OktaPerson.named("Jason", "Todd", "jason@wayne.example");
        logout.viaTeamIdForm(TEAM, jason);
        String token = logout.jwt(TEAM, TEAM);

        assertThat(logout.revoke(TEAM, token, issSub(wayne.issuer(), jason.sub())).status()).isEqualTo(204);
        Live again = logout.viaTeamIdForm(TEAM, jason);
        Answer replayed = logout.revoke(TEAM, token, issSub(wayne.issuer(), jason.sub()));

        assertThat(replayed.status()).isEqualTo(401);
        assertThat(logout.sessions(again.id())).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not json", "[]", "{}", "{\"sub_id\":\"00u1\"}",
            "{\"sub_id\":{\"format\":\"opaque\",\"id\":\"00u1\"}}",
            "{\"sub_id\":{\"format\":\"iss_sub\",\"iss\":\"http://x\"}}",
            "{\"sub_id\":{\"format\":\"email\",\"email\":\"not-an-email\"}}",
            "{\"sub_id\":{\"format\":\"email\",\"email\":\"a@b\"},\"subject\":{\"format\":\"email\",\"email\":\"a@b\"}}"
    })
    void malformedBodiesAndUnknownFormatsAre400(String body) {
        Answer answer = logout.revoke(TEAM, logout.jwt(TEAM, TEAM), body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).isEqualTo("invalid_request");
    }

    @Test
    void aBodyThatIsNotJsonIs400() {
        Answer answer = logout.revoke(TEAM, logout.jwt(TEAM, TEAM), "text/plain", email("bruce@wayne.example"));

        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void theDraftsSubjectMemberWorksToo() {
        OktaPerson tim = OktaPerson.named("Tim", "Drake", "tim@wayne.example");
        Live live = logout.viaTeamIdForm(TEAM, tim);

        Answer answer = logout.revoke(TEAM, logout.jwt(TEAM, TEAM),
                "{\"subject\":{\"format\":\"iss_sub\",\"iss\":\"" + wayne.issuer() + "\",\"sub\":\"" + tim.sub() + "\"}}");

        assertThat(answer.status()).isEqualTo(204);
        assertThat(logout.sessions(live.id())).isZero();
    }

    @Test
    void unknownDisabledAndMalformedTeamsAnswerLikeABadJwt() {
        OktaPerson alfred = OktaPerson.named("Alfred", "Pennyworth", "alfred@wayne.example");
        Answer bad = logout.revoke(TEAM, "not-a-jwt", email(alfred.email()));

        List<Answer> answers = List.of(
                logout.revoke("nosuchteam", logout.jwt("nosuchteam", "nosuchteam"), email(alfred.email())),
                logout.revoke(DISABLED_TEAM, logout.jwt(TEAM, DISABLED_TEAM), email(alfred.email())),
                logout.revoke("Not_A_Team", logout.jwt(TEAM, "Not_A_Team"), email(alfred.email())));

        for (Answer answer : answers) {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.body()).isEqualTo(bad.body());
        }
    }

    @Test
    void aRefusedCallIsAnErrorEventOfTheTeam() {
        logout.revoke(TEAM, "not-a-jwt", email("nobody@wayne.example"));

        var errors = stack.realm().getEvents(List.of("LOGOUT_ERROR"), null, null, null, null, null, 0, 50).stream()
                .filter(event -> event.getDetails() != null && TEAM.equals(event.getDetails().get("team_id")))
                .toList();
        assertThat(errors).isNotEmpty();
        assertThat(errors).extracting(event -> event.getError()).contains("invalid_token");
    }

    @Test
    void everyCallIsAnEventOfTheTeam() {
        OktaPerson leslie = OktaPerson.named("Leslie", "Thompkins", "leslie@wayne.example");
        Live live = logout.viaTeamIdForm(TEAM, leslie);

        logout.revoke(TEAM, logout.jwt(TEAM, TEAM), issSub(wayne.issuer(), leslie.sub()));

        var events = stack.realm().getEvents(List.of("LOGOUT"), null, live.id(), null, null, null, 0, 10).stream()
                .filter(event -> event.getDetails() != null && TEAM.equals(event.getDetails().get("team_id")))
                .toList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getDetails())
                .containsEntry("team_id", TEAM)
                .containsEntry("subject_format", "iss_sub")
                .containsEntry("accounts", live.id())
                .containsEntry("sessions", "1");
    }

    /** The same claims with {@code alg: none} and no signature. */
    private static String unsigned(String jwt) {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + jwt.split("\\.")[1] + ".";
    }
}
