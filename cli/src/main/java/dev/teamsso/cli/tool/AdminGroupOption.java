package dev.teamsso.cli.tool;

import dev.teamsso.cli.TeamAttributes;
import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.providers.contract.TeamSetting;

/** {@code add --admin-group NAME}: checked, then stored as the team's setting (blank removes it). */
final class AdminGroupOption {

    static final int MAX_LENGTH = 255;

    private AdminGroupOption() {
    }

    /** The name to store (null: remove the setting), or a {@link ToolFailure} before anything is saved. */
    static String checked(String name) {
        String value = name.strip();
        if (value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            throw new ToolFailure(ExitCode.INVALID, "--admin-group: not a usable group name (at most " + MAX_LENGTH
                    + " characters, no control characters). Fix: give the Okta group's name exactly as Okta pushes it");
        }
        return value.isEmpty() ? null : value;
    }

    static String save(ConnectionOptions connection, TeamId teamId, String stored) {
        AdminSession.run(connection, realm -> new TeamAttributes(realm).set(teamId, TeamSetting.ADMIN_GROUP, stored));
        return stored == null ? "team " + teamId + ": no admin group (pushed groups carry no role)"
                : "team " + teamId + ": members of the pushed Okta group '" + stored + "' are admins";
    }
}
