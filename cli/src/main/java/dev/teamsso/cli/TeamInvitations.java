package dev.teamsso.cli;

import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.providers.contract.TeamSettings;
import dev.teamsso.providers.contract.TeamTokens;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * Self-service set-up invitations through the admin API ({@code teams invite}). An invitation is
 * a pending team: its Organization (alias and name the Team ID, disabled, admin email) with the
 * set-up attributes of {@link TeamSettings} in state {@value TeamSettings#SETUP_STATE_INVITED}
 * and no identity provider. The link's token is returned once and stored only as its hash;
 * inviting a pending team again replaces the hash, so the old link stops working.
 */
public final class TeamInvitations {

    /** The path segment of the set-up page under {@code /teams/}; {@link TeamId#RESERVED} keeps it from being a Team ID. */
    /** Realm attribute: the realm's public base URL when it differs from the server's (admin console: Frontend URL). */
    static final String FRONTEND_URL_ATTRIBUTE = "frontendUrl";

    private final RealmResource realm;
    private final TeamDirectory directory;
    private final TeamProvisioner provisioner;
    private final SecureRandom random = new SecureRandom();

    public TeamInvitations(RealmResource realm) {
        this.realm = realm;
        this.directory = new TeamDirectory(realm);
        this.provisioner = new TeamProvisioner(realm);
    }

    /**
     * Invites the team, or issues a new link for a pending one; refuses a Team ID already taken
     * by a team, an organization or an identity provider ({@link TeamStateException.Kind#TAKEN}).
     */
    public Invitation invite(TeamId teamId, String adminEmail, Instant expires) {
        Optional<OrganizationRepresentation> organization = directory.findOrganization(teamId);
        Optional<PendingTeam> pending = organization.flatMap(PendingTeam::of);
        if (organization.isPresent() && pending.isEmpty()) {
            throw taken(teamId, "is already a team (or an organization)");
        }
        if (organization.isEmpty() && directory.findIdentityProvider(teamId).isPresent()) {
            throw taken(teamId, "is already the alias of an identity provider");
        }
        String token = TeamTokens.generate(TeamTokens.SETUP_PREFIX, random);
        Map<String, List<String>> attributes = new HashMap<>(organization.map(OrganizationRepresentation::getAttributes).orElse(Map.of()));
        attributes.put(TeamContract.ADMIN_EMAIL_ATTRIBUTE, List.of(adminEmail));
        attributes.put(TeamSettings.SETUP_TOKEN_HASH_ATTRIBUTE, List.of(TeamTokens.hash(token)));
        attributes.put(TeamSettings.SETUP_EXPIRES_ATTRIBUTE, List.of(expires.toString()));
        attributes.putIfAbsent(TeamSettings.SETUP_STATE_ATTRIBUTE, List.of(TeamSettings.SETUP_STATE_INVITED));
        if (organization.isEmpty()) {
            provisioner.createOrganization(teamId, false, attributes);
        } else {
            OrganizationRepresentation replaced = organization.get();
            replaced.setAttributes(attributes);
            provisioner.updateOrganization(replaced);
        }
        return new Invitation(teamId, token, expires, pending.orElse(null));
    }

    /**
     * Ends the link of a pending team and removes the team: its identity provider if the set-up
     * page saved one, then its organization (with the accounts it manages), as {@code teams remove}
     * does. Empty without such organization; {@link TeamStateException.Kind#NOT_PENDING} for a live team.
     */
    public Optional<PendingTeam> revoke(TeamId teamId) {
        Optional<OrganizationRepresentation> organization = directory.findOrganization(teamId);
        if (organization.isEmpty()) {
            return Optional.empty();
        }
        PendingTeam pending = PendingTeam.of(organization.get()).orElseThrow(() -> new TeamStateException(
                TeamStateException.Kind.NOT_PENDING, "team " + teamId + " is not pending set-up: it is a live team (or an"
                + " organization of that name), and its link, if it had one, is used up. Nothing was changed. Fix: to stop its"
                + " sign-ins use 'teams disable " + teamId + "'; to delete it, 'teams remove " + teamId + " --yes'"));
        provisioner.remove(teamId);
        return Optional.of(pending);
    }

    /**
     * The base URL of set-up links: the realm's {@value #FRONTEND_URL_ATTRIBUTE} if set, else
     * {@code server}. An account that may not view the realm (no realm-management view-realm)
     * cannot read it: then {@code server}, and {@code warning} is told so.
     */
    public String linkBase(String server, Consumer<String> warning) {
        Map<String, String> attributes = realm.toRepresentation().getAttributes();
        if (attributes == null) {
            warning.accept("cannot read the realm's " + FRONTEND_URL_ATTRIBUTE + " (this account lacks realm-management"
                    + " view-realm); the link uses --server " + server + ": if the realm has a Frontend URL, send that instead");
            return server;
        }
        String frontendUrl = attributes.get(FRONTEND_URL_ATTRIBUTE);
        return frontendUrl == null || frontendUrl.isBlank() ? server : frontendUrl.strip();
    }

    /** Where the set-up page is: {@code {base}/realms/{realm}/teams/setup/{token}}. */
    public static String link(String base, String realmName, String token) {
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return trimmed + "/realms/" + realmName + "/teams/" + TeamContract.SETUP_PATH + "/" + token;
    }

    private static TeamStateException taken(TeamId teamId, String what) {
        return new TeamStateException(TeamStateException.Kind.TAKEN, "Team ID " + teamId + " " + what + "; nothing was"
                + " changed. Fix: see it with 'teams show " + teamId + "', or invite the team under another Team ID");
    }

    /**
     * One issued link.
     *
     * @param token    the link's token: shown once, never stored
     * @param replaced the pending set-up whose link this one replaces, or null for a new team
     */
    public record Invitation(TeamId teamId, String token, Instant expires, PendingTeam replaced) {

        @Override
        public String toString() {
            return "Invitation[teamId=" + teamId + ", token=(hidden), expires=" + expires + "]";
        }
    }
}
