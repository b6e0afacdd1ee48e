package dev.teamsso.providers.setup;

import dev.teamsso.providers.contract.TeamSettings;
import dev.teamsso.providers.contract.TeamTokens;
import dev.teamsso.providers.team.TeamDirectory;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * A team waiting for its set-up: a disabled Organization carrying the set-up attributes of
 * {@link TeamSettings}. Found by the hash of the link's token, then compared in constant time;
 * a link that expired, or whose team is enabled or has no set-up state, finds nothing.
 */
record PendingTeam(OrganizationModel organization, String state, String tokenHash, Instant expires) {

    static Optional<PendingTeam> byToken(KeycloakSession session, String token, Instant now) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        if (token == null || !token.startsWith(TeamTokens.SETUP_PREFIX) || organizations == null || !organizations.isEnabled()) {
            return Optional.empty();
        }
        String hash = TeamTokens.hash(token);
        List<OrganizationModel> found = organizations.getAllStream(Map.of(TeamSettings.SETUP_TOKEN_HASH_ATTRIBUTE, hash), 0, 2)
                .toList();
        if (found.size() != 1) {
            return Optional.empty();
        }
        return of(found.get(0)).filter(team -> TeamTokens.matches(token, team.tokenHash()) && now.isBefore(team.expires()));
    }

    /** The set-up of this Organization, if it is a pending team (whatever its link). */
    static Optional<PendingTeam> of(OrganizationModel organization) {
        if (organization == null || organization.isEnabled()) {
            return Optional.empty();
        }
        TeamSettings settings = TeamSettings.of(organization.getAttributes());
        Optional<String> state = settings.setupState()
                .filter(s -> s.equals(TeamSettings.SETUP_STATE_INVITED) || s.equals(TeamSettings.SETUP_STATE_VALUES_ACCEPTED));
        Optional<String> hash = settings.setupTokenHash();
        Optional<Instant> expires = settings.setupExpires().flatMap(PendingTeam::instant);
        if (state.isEmpty() || hash.isEmpty() || expires.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PendingTeam(organization, state.get(), hash.get(), expires.get()));
    }

    String teamId() {
        return organization.getAlias();
    }

    String adminEmail() {
        return TeamSettings.of(organization.getAttributes()).adminEmail().orElse(null);
    }

    boolean valuesAccepted() {
        return TeamSettings.SETUP_STATE_VALUES_ACCEPTED.equals(state);
    }

    /**
     * The team's IdP once values were accepted: the team IdP with the Team ID as alias, not yet
     * linked to any Organization ({@link SetupGate} says why).
     */
    Optional<IdentityProviderModel> identityProvider(KeycloakSession session) {
        return Optional.ofNullable(session.identityProviders().getByAlias(teamId())).filter(PendingTeam::isUnlinkedTeamIdp);
    }

    static boolean isUnlinkedTeamIdp(IdentityProviderModel idp) {
        return idp.getOrganizationId() == null && TeamDirectory.isTeamIdp(idp);
    }

    private static Optional<Instant> instant(String value) {
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
