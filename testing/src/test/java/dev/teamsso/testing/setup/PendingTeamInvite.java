package dev.teamsso.testing.setup;

import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.contract.TeamSettings;
import dev.teamsso.providers.contract.TeamTokens;
import dev.teamsso.testing.TeamSsoStack;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * A pending team made through the admin API the way {@code bin/teams invite} makes one (a
 * disabled Organization, alias = name = Team ID, its admin email and the three set-up
 * attributes, no IdP), for the set-up page's tests. Swap {@link #invite} for the CLI's code once
 * both are on one branch.
 */
public record PendingTeamInvite(TeamSsoStack stack, String teamId, String organizationId, String token) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static PendingTeamInvite invite(TeamSsoStack stack, String teamId, String adminEmail, Instant expires) {
        String token = TeamTokens.generate(TeamTokens.SETUP_PREFIX, RANDOM);
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setAlias(teamId);
        organization.setName(teamId);
        organization.setEnabled(false);
        organization.setAttributes(Map.of(
                TeamContract.ADMIN_EMAIL_ATTRIBUTE, List.of(adminEmail),
                TeamSettings.SETUP_TOKEN_HASH_ATTRIBUTE, List.of(TeamTokens.hash(token)),
                TeamSettings.SETUP_EXPIRES_ATTRIBUTE, List.of(expires.toString()),
                TeamSettings.SETUP_STATE_ATTRIBUTE, List.of(TeamSettings.SETUP_STATE_INVITED)));
        try (Response response = stack.realm().organizations().create(organization)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("could not create organization " + teamId + ": HTTP " + response.getStatus());
            }
            return new PendingTeamInvite(stack, teamId, CreatedResponseUtil.getCreatedId(response), token);
        }
    }

    public URI link() {
        return URI.create(stack.keycloak().baseUrl() + "/realms/" + TeamSsoStack.REALM + "/teams/setup/" + token);
    }

    public OrganizationRepresentation organization() {
        return stack.realm().organizations().get(organizationId).toRepresentation();
    }

    /** What {@code bin/teams invite --revoke} does: the set-up attributes go. */
    void revoke() {
        OrganizationRepresentation organization = organization();
        Map<String, List<String>> attributes = new HashMap<>(organization.getAttributes());
        attributes.remove(TeamSettings.SETUP_TOKEN_HASH_ATTRIBUTE);
        attributes.remove(TeamSettings.SETUP_EXPIRES_ATTRIBUTE);
        attributes.remove(TeamSettings.SETUP_STATE_ATTRIBUTE);
        organization.setAttributes(attributes);
        stack.realm().organizations().get(organizationId).update(organization).close();
    }

    public String state() {
        List<String> state = organization().getAttributes().get(TeamSettings.SETUP_STATE_ATTRIBUTE);
        return state == null || state.isEmpty() ? null : state.get(0);
    }

    boolean hasIdentityProvider() {
        return stack.realm().identityProviders().findAll().stream().anyMatch(idp -> idp.getAlias().equals(teamId));
    }

    /** Removes the team, its IdP and its accounts. */
    public void remove() {
        stack.realm().users().search(teamId + ".", 0, 1000).stream()
                .filter(user -> user.getUsername().startsWith(teamId + "."))
                .forEach(user -> stack.realm().users().delete(user.getId()).close());
        if (hasIdentityProvider()) {
            stack.realm().identityProviders().get(teamId).remove();
        }
        stack.realm().organizations().get(organizationId).delete().close();
    }
}
