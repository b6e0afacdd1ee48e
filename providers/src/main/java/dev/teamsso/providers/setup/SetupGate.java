package dev.teamsso.providers.setup;

import dev.teamsso.providers.team.Team;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Which sign-ins may pass a team: an enabled team admits every sign-in; a pending team (set-up
 * not finished, Organization disabled) only its own set-up's test sign-in. Keycloak itself
 * brokers through any enabled IdP whatever its Organization's state, so the team's first-login
 * and post-login steps ask this gate.
 */
public final class SetupGate {

    private SetupGate() {
    }

    public static boolean admits(AuthenticationSessionModel attempt, Team team) {
        return team.isEnabled() || isTestOfPending(attempt, team);
    }

    /** Whether the team is waiting for its set-up (whatever the attempt). */
    public static boolean isPending(Team team) {
        return PendingTeam.of(team.organization()).isPresent();
    }

    public static boolean isTestOfPending(AuthenticationSessionModel attempt, Team team) {
        return team.identityProvider().isEnabled() && isPending(team) && SetupTestNote.isTestOf(attempt, team.id());
    }
}
