package dev.teamsso.cli;

import dev.teamsso.providers.contract.SecretFingerprint;
import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.contract.TeamDefinition;
import dev.teamsso.providers.contract.TeamSettings;
import dev.teamsso.providers.contract.TeamId;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * Reads teams through the admin API without one call per team. A page of teams costs three
 * calls whatever its size: the organizations of the page (name order), their count, and the
 * same page of identity providers (alias order). As a team's IdP has its organization's alias,
 * the two pages line up when the realm holds only teams; an organization whose IdP is not on
 * the page (another IdP in between) costs one more call.
 */
public final class TeamDirectory {

    private static final int CHUNK = 500;

    private final RealmResource realm;

    public TeamDirectory(RealmResource realm) {
        this.realm = realm;
    }

    public Optional<TeamListing> find(TeamId teamId) {
        return findOrganization(teamId).map(org -> team(org, findIdentityProvider(teamId).orElse(null)));
    }

    /** Teams {@code first} to {@code first + max - 1} in name order, and how many there are. */
    public Page page(int first, int max) {
        List<TeamListing> teams = teams(first, max);
        return new Page(teams, first, realm.organizations().count(""));
    }

    /** Every team in name order, read in chunks. */
    public List<TeamListing> all() {
        List<TeamListing> teams = new ArrayList<>();
        for (int first = 0; ; first += CHUNK) {
            List<TeamListing> chunk = teams(first, CHUNK);
            teams.addAll(chunk);
            if (chunk.size() < CHUNK) {
                return teams;
            }
        }
    }

    private List<TeamListing> teams(int first, int max) {
        List<OrganizationRepresentation> organizations = realm.organizations().search("", false, first, max, false);
        if (organizations.isEmpty()) {
            return List.of();
        }
        Map<String, IdentityProviderRepresentation> idps = realm.identityProviders().find(null, false, first, max, null).stream()
                .collect(Collectors.toMap(IdentityProviderRepresentation::getAlias, Function.identity(), (a, b) -> a));
        return organizations.stream()
                .map(org -> team(org, idps.containsKey(org.getAlias()) ? idps.get(org.getAlias())
                        : findIdentityProvider(org.getAlias()).orElse(null)))
                .toList();
    }

    /**
     * {@code 3 members}, or why the count cannot be shown: counting members needs the
     * realm-management role view-users, which the tool needs for nothing else.
     */
    public String memberCount(String organizationId) {
        try {
            return realm.organizations().get(organizationId).members().count() + " members";
        } catch (ForbiddenException notAllowed) {
            return "members not visible to this account (give it realm-management view-users to see them)";
        }
    }

    Optional<OrganizationRepresentation> findOrganization(TeamId teamId) {
        return realm.organizations().search(teamId.value(), true, 0, 2, false).stream()
                .filter(org -> teamId.value().equals(org.getAlias()))
                .findFirst();
    }

    Optional<IdentityProviderRepresentation> findIdentityProvider(TeamId teamId) {
        return findIdentityProvider(teamId.value());
    }

    private Optional<IdentityProviderRepresentation> findIdentityProvider(String alias) {
        try {
            return Optional.of(realm.identityProviders().get(alias).toRepresentation());
        } catch (NotFoundException absent) {
            return Optional.empty();
        }
    }

    private static TeamListing team(OrganizationRepresentation org, IdentityProviderRepresentation idp) {
        boolean teamIdp = idp != null
                && TeamDefinition.isTeam(org.getId(), org.getAlias(), idp.getAlias(), idp.getOrganizationId(), idp.getConfig());
        Map<String, String> config = teamIdp ? idp.getConfig() : Map.of();
        return new TeamListing(org.getAlias(), org.getId(), org.isEnabled(), TeamSettings.of(org.getAttributes()),
                teamIdp, teamIdp && idp.isEnabled(), config.get(TeamContract.IDP_ISSUER), config.get(TeamContract.IDP_CLIENT_ID),
                attribute(org, SecretFingerprint.ATTRIBUTE), PendingTeam.of(org).orElse(null));
    }

    private static String attribute(OrganizationRepresentation org, String name) {
        List<String> values = org.getAttributes() == null ? null : org.getAttributes().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** One page of teams. */
    public record Page(List<TeamListing> teams, int first, long total) {
    }
}
