package dev.teamsso.cli;

import dev.teamsso.providers.team.TeamId;
import dev.teamsso.providers.TeamContract;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * Creates and removes teams through the admin API: a team is an Organization (alias = Team ID)
 * with one hardened OIDC identity provider (alias = Team ID) linked to it. Creation is all or
 * nothing: when a step fails, what the earlier steps created is removed again.
 */
public final class TeamProvisioner {

    private final RealmResource realm;

    public TeamProvisioner(RealmResource realm) {
        this.realm = realm;
    }

    /** Creates the team; returns the organization's ID. */
    public String create(TeamRegistration team, IssuerMetadata issuer) {
        String alias = team.teamId().value();
        String organizationId = null;
        boolean idpCreated = false;
        try {
            organizationId = createOrganization(team);
            try (Response response = realm.identityProviders().create(HardenedIdentityProvider.of(team, issuer))) {
                expectStatus(response, 201, "create identity provider " + alias);
            }
            idpCreated = true;
            try (Response response = realm.organizations().get(organizationId).identityProviders().addIdentityProvider(alias)) {
                expectStatus(response, 204, "link identity provider " + alias + " to its organization");
            }
            return organizationId;
        } catch (RuntimeException failure) {
            undo(alias, organizationId, idpCreated, failure);
            throw failure;
        }
    }

    /** Removes the team's identity provider and organization, if present. */
    public boolean remove(TeamId teamId) {
        Optional<OrganizationRepresentation> organization = findOrganization(teamId);
        boolean idpExisted = realm.identityProviders().findAll().stream()
                .anyMatch(idp -> idp.getAlias().equals(teamId.value()));
        if (idpExisted) {
            realm.identityProviders().get(teamId.value()).remove();
        }
        organization.ifPresent(org -> realm.organizations().get(org.getId()).delete().close());
        return idpExisted || organization.isPresent();
    }

    public Optional<OrganizationRepresentation> findOrganization(TeamId teamId) {
        return realm.organizations().search(teamId.value(), true, 0, 2).stream()
                .filter(org -> teamId.value().equals(org.getAlias()))
                .findFirst();
    }

    private String createOrganization(TeamRegistration team) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setAlias(team.teamId().value());
        organization.setName(team.teamId().value());
        organization.setEnabled(true);
        organization.setAttributes(Map.of(TeamContract.ADMIN_EMAIL_ATTRIBUTE, List.of(team.adminEmail())));
        try (Response response = realm.organizations().create(organization)) {
            expectStatus(response, 201, "create organization " + team.teamId());
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    private void undo(String alias, String organizationId, boolean idpCreated, RuntimeException failure) {
        try {
            if (idpCreated) {
                realm.identityProviders().get(alias).remove();
            }
            if (organizationId != null) {
                realm.organizations().get(organizationId).delete().close();
            }
        } catch (RuntimeException cleanupFailure) {
            failure.addSuppressed(cleanupFailure);
        }
    }

    private static void expectStatus(Response response, int expected, String action) {
        if (response.getStatus() != expected) {
            String detail = response.hasEntity() ? response.readEntity(String.class) : "";
            throw new TeamProvisioningException(action + " failed: HTTP " + response.getStatus() + " " + detail);
        }
    }

    /** The server refused one step of creating a team; nothing of the team is left behind. */
    public static final class TeamProvisioningException extends RuntimeException {
        TeamProvisioningException(String message) {
            super(message);
        }
    }
}
