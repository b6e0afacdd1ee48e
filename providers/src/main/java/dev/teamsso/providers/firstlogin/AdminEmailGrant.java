package dev.teamsso.providers.firstlogin;

import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.api.TeamLock;
import dev.teamsso.providers.team.Team;
import dev.teamsso.providers.team.TeamRoles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * The admin-email grant: the first verified sign-in with the team's admin email makes that
 * account team admin, once per team and admin email. The grant is recorded on the team's
 * Organization under the team lock, so a later Okta identity with the same email (after the
 * admin was demoted, or signing in at the same moment) stays a member.
 */
final class AdminEmailGrant {

    private static final Logger LOG = Logger.getLogger(AdminEmailGrant.class);

    private AdminEmailGrant() {
    }

    /** Makes {@code user} team admin if the rule and the still-open grant allow it; true if it did. */
    static boolean offer(KeycloakSession session, Team team, UserModel user, BrokeredIdentityContext brokerContext) {
        if (!AdminEmailRule.grantsAdmin(team.adminEmail(), brokerContext.getEmail(), IdTokenClaims.emailVerified(brokerContext))
                || !TeamLock.lock(session, team)) {
            return false;
        }
        OrganizationModel organization = session.getProvider(OrganizationProvider.class).getById(team.organization().getId());
        Map<String, List<String>> attributes = new HashMap<>(organization.getAttributes());
        List<String> granted = attributes.get(TeamContract.ADMIN_EMAIL_GRANTED_ATTRIBUTE);
        String adminEmail = team.adminEmail();
        if (!AdminEmailRule.stillOpen(adminEmail, granted == null || granted.isEmpty() ? null : granted.get(0))) {
            LOG.infof("team '%s': the admin email already made someone admin; account %s stays a member", team.id(), user.getId());
            return false;
        }
        attributes.put(TeamContract.ADMIN_EMAIL_GRANTED_ATTRIBUTE, List.of(AdminEmailRule.normalized(adminEmail).orElseThrow()));
        organization.setAttributes(attributes);
        new TeamRoles(session).grantAdmin(team, user);
        return true;
    }
}
