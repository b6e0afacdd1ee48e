package dev.teamsso.cli;

import dev.teamsso.providers.contract.SecretFingerprint;
import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.contract.TeamDefinition;
import dev.teamsso.providers.contract.TeamSetting;
import dev.teamsso.providers.contract.TeamSettings;
import dev.teamsso.providers.contract.check.IssuerMetadata;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * Creates, updates, enables, disables and removes teams through the admin API: a team is an
 * Organization (alias = Team ID) with one hardened OIDC identity provider (alias = Team ID)
 * linked to it. Every change is all or nothing: when a step fails, what the earlier steps did is
 * undone. The identity provider, whose secret cannot be read back, is always changed last.
 */
public final class TeamProvisioner {

    /** What {@link #save} did. */
    public enum Saved { CREATED, UPDATED, REISSUED }

    private final RealmResource realm;
    private final TeamDirectory directory;
    private final TeamAccounts accounts;

    public TeamProvisioner(RealmResource realm) {
        this.realm = realm;
        this.directory = new TeamDirectory(realm);
        this.accounts = new TeamAccounts(realm);
    }

    /** What saving these values would change on the existing team; empty when there is no such team. */
    public Optional<TeamDifferences> differences(TeamRegistration team, IssuerMetadata issuer) {
        return existing(team).map(found -> TeamDifferences.between(found.organization(), found.idp(),
                HardenedIdentityProvider.of(team, issuer), team));
    }

    /** How many accounts the team has (members and accounts linked to its IdP); needs view-users. */
    public int accountCount(TeamId teamId) {
        return directory.findOrganization(teamId).map(org -> accounts.of(org.getId(), teamId.value()).size()).orElse(0);
    }

    /** Creates the team, or updates it; an issuer change for a team with accounts is refused. */
    public Saved save(TeamRegistration team, IssuerMetadata issuer) {
        return save(team, issuer, false);
    }

    /**
     * Creates the team, or updates it to these values if it exists (keeping it enabled or
     * disabled). When the issuer changes, the team's IdP is disabled first, so that no account
     * is made through the old issuer meanwhile; then, if the team has accounts, they are retired
     * when {@code reissue} is given (nothing of theirs is inherited by the new issuer's people),
     * else the IdP is enabled again and {@link ReissueNeededException} says how many there are.
     */
    public Saved save(TeamRegistration team, IssuerMetadata issuer, boolean reissue) {
        Optional<Existing> found = existing(team);
        if (found.isEmpty()) {
            create(team, issuer);
            return Saved.CREATED;
        }
        OrganizationRepresentation organization = found.get().organization();
        IdentityProviderRepresentation idp = found.get().idp();
        boolean enabled = idp.isEnabled();
        if (team.issuer().equals(idp.getConfig().get(TeamContract.IDP_ISSUER))) {
            update(team, issuer, organization, idp, enabled);
            return Saved.UPDATED;
        }
        Rollback rollback = new Rollback();
        updateIdentityProviderEnabled(idp, false, rollback);
        Set<String> old;
        try {
            old = accounts.of(organization.getId(), team.teamId().value());
        } catch (RuntimeException failure) {
            throw rollback.undo(failure);
        }
        if (!old.isEmpty() && !reissue) {
            rollback.undo(new IllegalStateException("refused"));
            throw new ReissueNeededException(team.teamId(), old.size());
        }
        int retired = accounts.retireAll(old, team.teamId().value());
        if (retired < old.size()) {
            throw new TeamProvisioningException("retiring the accounts of team " + team.teamId() + " stopped after " + retired
                    + " of " + old.size() + "; the team's identity provider stays disabled and keeps the old issuer;"
                    + " run the same command again to finish");
        }
        update(team, issuer, organization, idp, enabled);
        return old.isEmpty() ? Saved.UPDATED : Saved.REISSUED;
    }

    private Optional<Existing> existing(TeamRegistration team) {
        Optional<OrganizationRepresentation> organization = directory.findOrganization(team.teamId());
        Optional<IdentityProviderRepresentation> idp = directory.findIdentityProvider(team.teamId());
        if (organization.isEmpty() && idp.isEmpty()) {
            return Optional.empty();
        }
        organization.ifPresent(org -> PendingTeam.refuse(org, "be added or updated with 'teams add' or 'teams import'"));
        if (organization.isEmpty() || idp.isEmpty() || !isTeam(organization.get(), idp.get())) {
            throw new TeamProvisioningException("team " + team.teamId() + " is incomplete: "
                    + (organization.isPresent() ? "its organization" : "no organization") + " and "
                    + (idp.isPresent() ? "an identity provider" : "no identity provider") + " named " + team.teamId()
                    + ", not a marked team identity provider linked to its organization; remove it with 'teams remove "
                    + team.teamId() + " --yes' and add it again");
        }
        return Optional.of(new Existing(organization.get(), idp.get()));
    }

    /** Creates the team; returns the organization's ID. */
    public String create(TeamRegistration team, IssuerMetadata issuer) {
        String alias = team.teamId().value();
        Rollback rollback = new Rollback();
        try {
            String organizationId = createOrganization(team);
            rollback.done(() -> realm.organizations().get(organizationId).delete().close());
            try (Response response = realm.identityProviders().create(HardenedIdentityProvider.of(team, issuer))) {
                expectStatus(response, 201, "create identity provider " + alias);
            }
            rollback.done(() -> realm.identityProviders().get(alias).remove());
            try (Response response = realm.organizations().get(organizationId).identityProviders().addIdentityProvider(alias)) {
                expectStatus(response, 204, "link identity provider " + alias + " to its organization");
            }
            return organizationId;
        } catch (RuntimeException failure) {
            throw rollback.undo(failure);
        }
    }

    /** Enables or disables both the organization and its identity provider; false if there is no such team. */
    public boolean setEnabled(TeamId teamId, boolean enabled) {
        Optional<OrganizationRepresentation> organization = directory.findOrganization(teamId);
        Optional<IdentityProviderRepresentation> idp = teamIdentityProvider(teamId);
        if (organization.isEmpty()) {
            return false;
        }
        PendingTeam.refuse(organization.get(), enabled ? "be enabled (its set-up's test sign-in enables it)" : "be disabled");
        Rollback rollback = new Rollback();
        try {
            // Disabling: the IdP first, so that sign-ins stop at once. Enabling: the IdP last.
            if (!enabled && idp.isPresent()) {
                updateIdentityProviderEnabled(idp.get(), false, rollback);
            }
            OrganizationRepresentation before = organization.get();
            if (before.isEnabled() != enabled) {
                OrganizationRepresentation after = copyOf(before);
                after.setEnabled(enabled);
                updateOrganization(after, "enable/disable organization " + teamId);
                rollback.done(() -> updateOrganization(before, "restore organization " + teamId));
            }
            if (enabled && idp.isPresent()) {
                updateIdentityProviderEnabled(idp.get(), true, rollback);
            }
            return true;
        } catch (RuntimeException failure) {
            throw rollback.undo(failure);
        }
    }

    /** What {@link #remove} would delete, in words (no secret); empty when there is no such team. */
    public List<String> plannedRemoval(TeamId teamId) {
        Optional<OrganizationRepresentation> organization = directory.findOrganization(teamId);
        organization.ifPresent(org -> PendingTeam.refuse(org, "be removed with 'teams remove'"));
        Optional<IdentityProviderRepresentation> idp = teamIdentityProvider(teamId);
        List<String> planned = new ArrayList<>();
        organization.ifPresent(org -> planned.add("organization " + org.getAlias() + " (id " + org.getId() + ", "
                + directory.memberCount(org.getId()) + "; Keycloak deletes the accounts it manages, those created by"
                + " signing in through the team's Okta)"));
        idp.ifPresent(existing -> planned.add("identity provider " + existing.getAlias() + " (issuer "
                + existing.getConfig().get(TeamContract.IDP_ISSUER) + ", client ID " + existing.getConfig().get(TeamContract.IDP_CLIENT_ID)
                + ", and its stored client secret)"));
        return planned;
    }

    /**
     * Removes the team's identity provider, then its organization, if present. Not undone on
     * failure (a deleted secret cannot be restored); running it again finishes the job. An
     * identity provider of the same name that is not a team's is left alone.
     */
    public boolean remove(TeamId teamId) {
        Optional<OrganizationRepresentation> organization = directory.findOrganization(teamId);
        Optional<IdentityProviderRepresentation> idp = teamIdentityProvider(teamId);
        idp.ifPresent(existing -> realm.identityProviders().get(existing.getAlias()).remove());
        organization.ifPresent(org -> {
            try (Response response = realm.organizations().get(org.getId()).delete()) {
                expectStatus(response, 204, "delete organization " + teamId);
            }
        });
        return idp.isPresent() || organization.isPresent();
    }

    /** The IdP named like the team, if it is a team IdP ({@link TeamDefinition}); another one is left alone. */
    private Optional<IdentityProviderRepresentation> teamIdentityProvider(TeamId teamId) {
        return directory.findIdentityProvider(teamId).filter(idp -> TeamDefinition.isTeamIdentityProvider(idp.getConfig()));
    }

    private static boolean isTeam(OrganizationRepresentation organization, IdentityProviderRepresentation idp) {
        return TeamDefinition.isTeam(organization.getId(), organization.getAlias(), idp.getAlias(), idp.getOrganizationId(),
                idp.getConfig());
    }

    public Optional<OrganizationRepresentation> findOrganization(TeamId teamId) {
        return directory.findOrganization(teamId);
    }

    private void update(TeamRegistration team, IssuerMetadata issuer, OrganizationRepresentation before,
                        IdentityProviderRepresentation idpBefore, boolean enabled) {
        Rollback rollback = new Rollback();
        try {
            OrganizationRepresentation after = copyOf(before);
            Map<String, List<String>> attributes = TeamSettings.with(before.getAttributes(), TeamSetting.ADMIN_EMAIL, team.adminEmail());
            attributes.put(SecretFingerprint.ATTRIBUTE, List.of(SecretFingerprint.of(team.teamId(), team.clientSecret())));
            after.setAttributes(attributes);
            updateOrganization(after, "update organization " + team.teamId());
            rollback.done(() -> updateOrganization(before, "restore organization " + team.teamId()));

            IdentityProviderRepresentation idp = HardenedIdentityProvider.of(team, issuer);
            idp.setInternalId(idpBefore.getInternalId());
            idp.setOrganizationId(idpBefore.getOrganizationId());
            idp.setEnabled(enabled);
            updateIdentityProvider(idp, "update identity provider " + team.teamId());
        } catch (RuntimeException failure) {
            throw rollback.undo(failure);
        }
    }

    private void updateIdentityProviderEnabled(IdentityProviderRepresentation before, boolean enabled, Rollback rollback) {
        if (before.isEnabled() == enabled) {
            return;
        }
        // The representation read back carries the secret masked; Keycloak keeps the stored one.
        before.setEnabled(enabled);
        updateIdentityProvider(before, "enable/disable identity provider " + before.getAlias());
        rollback.done(() -> {
            before.setEnabled(!enabled);
            updateIdentityProvider(before, "restore identity provider " + before.getAlias());
        });
    }

    private void updateIdentityProvider(IdentityProviderRepresentation idp, String action) {
        try {
            realm.identityProviders().get(idp.getAlias()).update(idp);
        } catch (WebApplicationException e) {
            if (e instanceof ForbiddenException) {
                throw e;
            }
            throw new TeamProvisioningException(action + " failed: HTTP " + e.getResponse().getStatus() + " " + body(e.getResponse()));
        }
    }

    private void updateOrganization(OrganizationRepresentation organization, String action) {
        try (Response response = realm.organizations().get(organization.getId()).update(organization)) {
            expectStatus(response, 204, action);
        }
    }

    private String createOrganization(TeamRegistration team) {
        return createOrganization(team.teamId(), true, TeamSettings.with(Map.of(SecretFingerprint.ATTRIBUTE,
                List.of(SecretFingerprint.of(team.teamId(), team.clientSecret()))), TeamSetting.ADMIN_EMAIL, team.adminEmail()));
    }

    /** Creates a team's organization (alias and name the Team ID) with these attributes; returns its ID. */
    String createOrganization(TeamId teamId, boolean enabled, Map<String, List<String>> attributes) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setAlias(teamId.value());
        organization.setName(teamId.value());
        organization.setEnabled(enabled);
        organization.setAttributes(attributes);
        try (Response response = realm.organizations().create(organization)) {
            expectStatus(response, 201, "create organization " + teamId);
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    /** Writes this organization back (attributes included), as read and changed by the caller. */
    void updateOrganization(OrganizationRepresentation organization) {
        updateOrganization(organization, "update organization " + organization.getAlias());
    }

    private static OrganizationRepresentation copyOf(OrganizationRepresentation source) {
        OrganizationRepresentation copy = new OrganizationRepresentation();
        copy.setId(source.getId());
        copy.setName(source.getName());
        copy.setAlias(source.getAlias());
        copy.setEnabled(source.isEnabled());
        copy.setDescription(source.getDescription());
        copy.setRedirectUrl(source.getRedirectUrl());
        copy.setAttributes(source.getAttributes());
        if (source.getDomains() != null) {
            source.getDomains().forEach(copy::addDomain);
        }
        return copy;
    }

    private static void expectStatus(Response response, int expected, String action) {
        if (response.getStatus() == Response.Status.FORBIDDEN.getStatusCode()) {
            throw new ForbiddenException(action + ": forbidden");
        }
        if (response.getStatus() != expected) {
            throw new TeamProvisioningException(action + " failed: HTTP " + response.getStatus() + " " + body(response));
        }
    }

    private static String body(Response response) {
        return response.hasEntity() ? response.readEntity(String.class) : "";
    }

    private record Existing(OrganizationRepresentation organization, IdentityProviderRepresentation idp) {
    }

    /** The issuer of a team with accounts would change, and re-issuing was not asked for; nothing changed. */
    public static final class ReissueNeededException extends RuntimeException {
        private final int accounts;

        ReissueNeededException(TeamId teamId, int accounts) {
            super("team " + teamId + " has " + accounts + " account(s) made through its current issuer");
            this.accounts = accounts;
        }

        public int accounts() {
            return accounts;
        }
    }

    /** The server refused one step of changing a team; what earlier steps did was undone. */
    public static final class TeamProvisioningException extends RuntimeException {
        TeamProvisioningException(String message) {
            super(message);
        }
    }
}
