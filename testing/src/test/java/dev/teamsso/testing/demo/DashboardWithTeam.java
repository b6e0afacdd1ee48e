package dev.teamsso.testing.demo;

import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.Prerequisite;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.net.URI;

/**
 * The dashboard stand-in on its fixed port with one team provisioned, for tests that go through
 * the platform's pages; closing it stops the dashboard and removes the team and its accounts.
 * Skips the test, saying why, when the port is taken (for example by a running bin/demo).
 */
public final class DashboardWithTeam implements AutoCloseable {

    private final TeamSsoStack stack;
    private final TeamRegistration team;
    private final DashboardStandIn dashboard;

    private DashboardWithTeam(TeamSsoStack stack, TeamRegistration team, DashboardStandIn dashboard) {
        this.stack = stack;
        this.team = team;
        this.dashboard = dashboard;
    }

    public static DashboardWithTeam start(TeamSsoStack stack, String teamId, String adminEmail) {
        Prerequisite.require(DashboardPort.isFree(), "port 8081 is taken (is bin/demo running?): the dashboard's redirect URI needs it");
        TeamRegistration team = stack.createTeam(teamId, teamId, adminEmail);
        DashboardStandIn dashboard = DashboardStandIn.start(DashboardPort.PORT, new PlatformClient(
                stack.keycloak().realmUrl(TeamSsoStack.REALM), TeamSsoStack.DASHBOARD_CLIENT,
                URI.create(TeamSsoStack.DASHBOARD_REDIRECT_URI)));
        return new DashboardWithTeam(stack, team, dashboard);
    }

    public URI home() {
        return dashboard.home();
    }

    public TeamRegistration team() {
        return team;
    }

    @Override
    public void close() {
        dashboard.close();
        TestTeam.of(stack, team.teamId().value()).remove();
    }
}
