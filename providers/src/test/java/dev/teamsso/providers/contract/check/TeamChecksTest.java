package dev.teamsso.providers.contract.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TeamChecksTest {

    private static final TeamValues GOOD = new TeamValues("acme", "https://acme.okta.com/oauth2/default", "0oa1", "s3cr3t-value",
            "it@acme.example");

    @Test
    void reportsEveryOfflineProblemAtOnceNamingEachField() {
        TeamValues bad = new TeamValues("Acme_Corp", "http://acme.okta.com", "", "s3cr3t-value", "it at acme");

        assertThatThrownBy(() -> TeamChecks.online().check(bad))
                .isInstanceOfSatisfying(InvalidTeamException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field)
                        .containsExactly(Field.TEAM, Field.ISSUER, Field.CLIENT_ID, Field.ADMIN_EMAIL));
    }

    @Test
    void suggestsTheTeamIdSomeoneMeant() {
        assertThat(TeamChecks.teamIdProblem("Acme_Corp")).hasValueSatisfying(problem ->
                assertThat(problem.describe()).startsWith("--team: 'Acme_Corp' is not a valid Team ID. Fix: use acme-corp"));
    }

    @Test
    void teamIdAndAdminEmailAloneAreCheckedAsTheFullChecksCheckThem() {
        assertThat(TeamChecks.teamIdAndAdminEmailProblems("acme", "it@acme.example")).isEmpty();
        assertThat(TeamChecks.teamIdAndAdminEmailProblems("setup", "it at acme"))
                .extracting(Problem::describe)
                .containsExactly(TeamIdCheck.check("setup").orElseThrow().describe(),
                        AdminEmailCheck.check("it at acme").orElseThrow().describe());
        assertThat(TeamChecks.teamIdAndAdminEmailProblems("Acme_Corp", "it@acme.example")).extracting(Problem::field)
                .containsExactly(Field.TEAM);
    }

    @Test
    void problemsNeverContainTheSecret() {
        TeamValues bad = new TeamValues("Acme_Corp", "nope", "0oa1", "s3cr3t value", "x");
        assertThatThrownBy(() -> TeamChecks.online().check(bad))
                .isInstanceOfSatisfying(InvalidTeamException.class, e -> assertThat(e.problems())
                        .allSatisfy(problem -> assertThat(problem.describe()).doesNotContain("s3cr3t")));
        assertThat(bad.toString()).doesNotContain("s3cr3t");
    }

    @Test
    void offlineChecksAssumeOktasEndpointsAndSayWhatTheySkipped() throws InvalidTeamException {
        TeamChecks.Checked checked = TeamChecks.offline().check(GOOD);

        assertThat(checked.skipped()).isEqualTo(TeamChecks.SKIPPED_WHEN_OFFLINE).hasSize(2);
        assertThat(checked.issuer().tokenEndpoint()).isEqualTo(URI.create("https://acme.okta.com/oauth2/default/v1/token"));
        assertThat(checked.teamId().value()).isEqualTo("acme");
    }

    @Test
    void orgAuthorizationServerEndpointsFollowOktasLayout() {
        assertThat(OktaEndpoints.assumedFor("https://acme.okta.com").jwksUri())
                .isEqualTo(URI.create("https://acme.okta.com/oauth2/v1/keys"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"it@acme.example", "first.last+sso@mail.acme.co.uk"})
    void acceptsEmailAddresses(String email) {
        assertThat(AdminEmailCheck.check(email)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "it@acme", "it@@acme.example", "it@acme..example", "a b@acme.example", "@acme.example"})
    void rejectsWhatIsNotAnEmailAddress(String email) {
        assertThat(AdminEmailCheck.check(email)).hasValueSatisfying(problem -> {
            assertThat(problem.field()).isEqualTo(Field.ADMIN_EMAIL);
            assertThat(problem.describe()).startsWith("--admin-email: '" + email + "' is not an email address. Fix: ");
        });
    }

    @Test
    void suggestsTrimmingAPastedEmail() {
        assertThat(AdminEmailCheck.check("it@acme.example ")).hasValueSatisfying(problem ->
                assertThat(problem.fix()).isEqualTo("remove the spaces: --admin-email it@acme.example"));
    }
}
