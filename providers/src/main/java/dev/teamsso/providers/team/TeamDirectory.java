package dev.teamsso.providers.team;

import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.providers.contract.TeamDefinition;
import java.util.Optional;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/** Finds teams in the current realm, as {@link TeamDefinition} defines them. */
public final class TeamDirectory {

    private final KeycloakSession session;

    public TeamDirectory(KeycloakSession session) {
        this.session = session;
    }

    /** The team with this ID, enabled or not; empty for malformed IDs and half-made teams. */
    public Optional<Team> find(String teamId) {
        OrganizationProvider organizations = organizations();
        if (!TeamId.isValid(teamId) || organizations == null) {
            return Optional.empty();
        }
        IdentityProviderModel idp = session.identityProviders().getByAlias(teamId);
        if (idp == null || !isTeamIdp(idp)) {
            return Optional.empty();
        }
        String organizationId = idp.getOrganizationId();
        OrganizationModel organization = organizationId == null ? null : organizations.getById(organizationId);
        if (organization == null || !TeamDefinition.isTeam(organization.getId(), organization.getAlias(), idp.getAlias(),
                organizationId, idp.getConfig())) {
            return Optional.empty();
        }
        return Optional.of(new Team(organization, idp));
    }

    /** The team a person can sign in to right now: it exists and it is enabled. */
    public Optional<Team> findEnabled(String teamId) {
        return find(teamId).filter(Team::isEnabled);
    }

    /** The team whose identity provider this is. */
    public Optional<Team> forIdentityProvider(IdentityProviderModel idp) {
        return isTeamIdp(idp) ? find(idp.getAlias()) : Optional.empty();
    }

    /** The one team an account belongs to. */
    public Optional<Team> ofMember(UserModel user) {
        OrganizationProvider organizations = organizations();
        if (organizations == null) {
            return Optional.empty();
        }
        return organizations.getByMember(user)
                .map(organization -> find(organization.getAlias()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    public static boolean isTeamIdp(IdentityProviderModel idp) {
        return TeamDefinition.isTeamIdentityProvider(idp.getConfig());
    }

    private OrganizationProvider organizations() {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        return organizations != null && organizations.isEnabled() ? organizations : null;
    }
}
