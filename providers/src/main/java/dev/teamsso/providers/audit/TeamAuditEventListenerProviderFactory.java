package dev.teamsso.providers.audit;

import dev.teamsso.providers.team.Team;
import dev.teamsso.providers.team.TeamDirectory;
import dev.teamsso.providers.contract.TeamSettings;
import java.util.Optional;
import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.OrganizationModel;
import org.keycloak.organization.OrganizationProvider;

/** Event listener "team-sso-audit": add it to a realm's event listeners to get team audit lines. */
public final class TeamAuditEventListenerProviderFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "team-sso-audit";

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new TeamAuditEventListenerProvider(alias -> teamOf(session, alias), id -> inviteOf(session, id));
    }

    private static String teamOf(KeycloakSession session, String alias) {
        if (alias == null || session.getContext().getRealm() == null) {
            return null;
        }
        IdentityProviderModel idp = session.identityProviders().getByAlias(alias);
        return idp == null ? null : new TeamDirectory(session).forIdentityProvider(idp).map(Team::id).orElse(null);
    }

    private static Optional<TeamAuditEventListenerProvider.Invite> inviteOf(KeycloakSession session, String organizationId) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        OrganizationModel organization = organizations == null ? null : organizations.getById(organizationId);
        if (organization == null) {
            return Optional.empty();
        }
        TeamSettings settings = TeamSettings.of(organization.getAttributes());
        return settings.setupState().filter(TeamSettings.SETUP_STATE_INVITED::equals)
                .map(state -> new TeamAuditEventListenerProvider.Invite(organization.getAlias(), settings.setupExpires().orElse("-")));
    }

    @Override
    public void init(Config.Scope config) {
        // no server options
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // nothing to wire
    }

    @Override
    public void close() {
        // nothing held
    }
}
