package dev.teamsso.providers.setup;

import dev.teamsso.providers.team.Team;
import dev.teamsso.providers.team.TeamDirectory;
import java.util.Optional;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Which sign-in may pass a pending team: only its own set-up's test sign-in.
 *
 * <p>Keycloak 26.7.3 refuses to broker through an IdP linked to a disabled Organization (its
 * cached IdP model reports such an IdP as disabled), so while a team is pending its IdP exists
 * but is not yet linked to the team's (disabled) Organization. {@link TeamDirectory} then sees
 * no team at all for it, and every way in refuses it (Team ID page, {@code kc_idp_hint},
 * initiate, SCIM, Universal Logout, the team API, the first-login and post-login steps),
 * except an attempt carrying this team's {@link SetupTestNote}: for it the team's first-login
 * and post-login steps ask {@link #testTeam}. The set-up's completion links the IdP.
 */
public final class SetupGate {

    private SetupGate() {
    }

    /**
     * The pending team whose test sign-in this attempt is, brokered through {@code idp}: the
     * attempt carries the team's note, the IdP is the team's unlinked IdP and the Organization
     * with its alias is pending with values accepted.
     */
    public static Optional<Team> testTeam(KeycloakSession session, AuthenticationSessionModel attempt, IdentityProviderModel idp) {
        if (idp == null || !TeamDirectory.isTeamIdp(idp) || idp.getOrganizationId() != null
                || !SetupTestNote.isTestOf(attempt, idp.getAlias())) {
            return Optional.empty();
        }
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        OrganizationModel organization = organizations == null ? null : organizations.getByAlias(idp.getAlias());
        return PendingTeam.of(organization)
                .filter(PendingTeam::valuesAccepted)
                .map(pending -> new Team(pending.organization(), idp));
    }

    /** Whether a (linked) team still carries a set-up state: never admitted, whatever the attempt. */
    public static boolean isPending(Team team) {
        return PendingTeam.of(team.organization()).isPresent();
    }
}
