package dev.teamsso.providers.login;

/** What the Team ID page template reads as {@code teamSso}. */
public final class TeamIdPageBean {

    private final String teamId;

    TeamIdPageBean(String teamId) {
        this.teamId = teamId == null ? "" : teamId;
    }

    /** The Team ID to show in the field: the last one typed, or the one remembered on this device. */
    public String getTeamId() {
        return teamId;
    }
}
