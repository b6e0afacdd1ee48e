package dev.teamsso.providers.audit;

import dev.teamsso.providers.contract.TeamContract;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;

/**
 * Writes one team-tagged audit line (logger {@value #CATEGORY}) for each sign-in event of a team
 * account: the team, the event, the account ID, the client and the error. Never the email or a
 * token. Keycloak's own event store keeps the full events for the admin console.
 */
final class TeamAuditEventListenerProvider implements EventListenerProvider {

    static final String CATEGORY = TeamContract.AUDIT_LOG_CATEGORY;
    private static final String ORGANIZATIONS = "organizations/";

    private static final Logger AUDIT = Logger.getLogger(CATEGORY);

    private final TeamOfEvent teamOfEvent;
    private final InvitedTeam invitedTeam;

    TeamAuditEventListenerProvider(TeamOfEvent teamOfEvent, InvitedTeam invitedTeam) {
        this.teamOfEvent = teamOfEvent;
        this.invitedTeam = invitedTeam;
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
        // role changes and set-up steps write their own audit lines where they happen; an
        // invitation is an Organization the admin API created or updated in set-up state "invited"
        if (event.getResourceType() != ResourceType.ORGANIZATION
                || (event.getOperationType() != OperationType.CREATE && event.getOperationType() != OperationType.UPDATE)) {
            return;
        }
        String path = event.getResourcePath() == null ? "" : event.getResourcePath();
        String organizationId = path.startsWith(ORGANIZATIONS) ? path.substring(ORGANIZATIONS.length()) : "";
        if (organizationId.isEmpty() || organizationId.contains("/")) {
            return;
        }
        invitedTeam.expiryOf(organizationId).ifPresent(invite -> AUDIT.infof("team=%s event=TEAM_SETUP_INVITED by=%s expires=%s",
                invite.teamId(), event.getAuthDetails() == null ? "-" : event.getAuthDetails().getUserId(), invite.expires()));
    }

    @Override
    public void close() {
        // nothing held
    }

    /** A pending team in set-up state "invited": its Team ID and when its link expires. */
    record Invite(String teamId, String expires) {
    }

    /** The invite of the Organization with this ID, if it is a pending team in state "invited". */
    @FunctionalInterface
    interface InvitedTeam {
        Optional<Invite> expiryOf(String organizationId);
    }

    /** Which team an identity provider alias belongs to, or null. */
    @FunctionalInterface
    interface TeamOfEvent {
        String teamOf(String identityProviderAlias);
    }
}
