package dev.teamsso.cli.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code teams invite}'s command line: every bad value is refused before a server is asked (none listens on port 1). */
class InviteCommandTest {

    private static final String NO_SERVER = "--server=http://localhost:1";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TeamsTool.run(Map.of(), new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void aBadTeamIdAndABadEmailAreReportedTogetherAsAddReportsThem() {
        assertThat(run("invite", NO_SERVER, "--team", "Initech_Corp", "--admin-email", "ivy")).isEqualTo(ExitCode.INVALID);
        assertThat(err.toString()).contains("nothing was saved")
                .contains("--team: 'Initech_Corp' is not a valid Team ID. Fix: use initech-corp")
                .contains("--admin-email: 'ivy' is not an email address")
                .doesNotContain("--issuer").doesNotContain("--client-id").doesNotContain("cannot reach");
        assertThat(out.toString()).doesNotContain("tsso_setup_");
    }

    @Test
    void theReservedTeamIdIsRefused() {
        assertThat(run("invite", NO_SERVER, "--team", "setup", "--admin-email", "ivy@initech.example")).isEqualTo(ExitCode.INVALID);
        assertThat(err.toString()).contains("--team: 'setup' is reserved").contains("Fix: ");
    }

    @Test
    void anExpiryOfZeroOverSevenDaysOrNoDurationIsRefused() {
        for (String expires : new String[] {"0h", "8d", "soon"}) {
            assertThat(run("invite", NO_SERVER, "--team", "initech", "--admin-email", "ivy@initech.example", "--expires", expires))
                    .as(expires).isEqualTo(ExitCode.INVALID);
        }
        assertThat(err.toString()).contains("--expires: '0h' is no time at all", "--expires: '8d' is longer than 7 days",
                "--expires: 'soon' is not a duration").doesNotContain("cannot reach");
    }

    @Test
    void inviteNeedsTeamAndEmailAndRevokeTakesOnlyTheTeamId() {
        assertThat(run("invite", NO_SERVER, "--team", "initech")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("invite needs --team and --admin-email. Fix: ");
        assertThat(run("invite", NO_SERVER, "--revoke", "initech", "--team", "initech")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--revoke takes only the Team ID");
        assertThat(run("invite", NO_SERVER, "--revoke", "Initech")).isEqualTo(ExitCode.INVALID);
        assertThat(err.toString()).contains("TEAM: 'Initech' is not a valid Team ID");
    }

    @Test
    void goodValuesGoToTheServer() {
        assertThat(run("invite", NO_SERVER, "--team", "initech", "--admin-email", "ivy@initech.example", "--expires", "7d"))
                .isEqualTo(ExitCode.FAILED);
        assertThat(err.toString()).contains("cannot reach Keycloak at http://localhost:1");
    }
}
