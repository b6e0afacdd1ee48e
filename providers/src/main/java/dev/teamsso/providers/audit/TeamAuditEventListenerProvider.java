package dev.teamsso.providers.audit;

import dev.teamsso.providers.contract.TeamContract;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;

/**
 * Writes one team-tagged audit line (logger {@value #CATEGORY}) for each sign-in event of a team
 * account: the team, the event, the account ID, the client and the error. Never the email or a
 * token. Keycloak's own event store keeps the full events for the admin console.
 */
final class TeamAuditEventListenerProvider implements EventListenerProvider {

    static final String CATEGORY = TeamContract.AUDIT_LOG_CATEGORY;

    private static final Logger AUDIT = Logger.getLogger(CATEGORY);

    private final TeamOfEvent teamOfEvent;

    TeamAuditEventListenerProvider(TeamOfEvent teamOfEvent) {
        this.teamOfEvent = teamOfEvent;
    }

    @Override
    public void onEvent(Event event) {
        Map<String, String> details = event.getDetails() == null ? Map.of() : event.getDetails();
        String team = details.getOrDefault(TeamContract.CLAIM_TEAM_ID, teamOfEvent.teamOf(details.get(Details.IDENTITY_PROVIDER)));
        if (team == null) {
            return;
        }
        AUDIT.infof("team=%s event=%s user=%s client=%s role=%s error=%s", team, event.getType(), event.getUserId(),
                event.getClientId(), details.getOrDefault(TeamContract.CLAIM_TEAM_ROLE, "-"),
                event.getError() == null ? "-" : event.getError());
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        // role changes write their own audit line where they happen
    }

    @Override
    public void close() {
        // nothing held
    }

    /** Which team an identity provider alias belongs to, or null. */
    @FunctionalInterface
    interface TeamOfEvent {
        String teamOf(String identityProviderAlias);
    }
}
