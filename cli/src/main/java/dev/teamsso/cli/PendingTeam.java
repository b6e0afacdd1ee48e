package dev.teamsso.cli;

import dev.teamsso.providers.contract.TeamSettings;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * A team that is pending self-service set-up ({@code teams invite}): an Organization with the
 * set-up attributes of {@link TeamSettings}. It is not a team yet: only {@code list}, {@code show},
 * {@code invite} and {@code invite --revoke} act on it; every other command is refused here.
 *
 * @param state   {@link TeamSettings#SETUP_STATE_INVITED} or {@link TeamSettings#SETUP_STATE_VALUES_ACCEPTED}
 * @param expires when its set-up link expires, as stored (ISO-8601 UTC), or null
 */
public record PendingTeam(String state, String expires) {

    /** The set-up of this organization, or empty for a live team (or none). */
    public static Optional<PendingTeam> of(OrganizationRepresentation organization) {
        TeamSettings settings = TeamSettings.of(organization.getAttributes());
        return settings.setupState().map(state -> new PendingTeam(state, settings.setupExpires().orElse(null)));
    }

    /** Refuses {@code action} on a pending team, naming what to do instead. */
    static void refuse(OrganizationRepresentation organization, String action) {
        of(organization).ifPresent(pending -> {
            throw new TeamStateException(TeamStateException.Kind.PENDING, "team " + organization.getAlias() + " is pending set-up ("
                    + pending.stateText() + "), so it cannot " + action + ". Fix: let its Okta admin finish the set-up with the link"
                    + " from 'teams invite', or end it with 'teams invite --revoke " + organization.getAlias() + "'");
        });
    }

    /** {@code invited} or {@code values accepted}, for people. */
    public String stateText() {
        return state.replace('-', ' ');
    }

    /** Whether the link no longer works at {@code now} (an unreadable expiry counts as expired). */
    public boolean expiredAt(Instant now) {
        return expiry().map(instant -> !instant.isAfter(now)).orElse(true);
    }

    /** {@code link expires 2026-12-05T04:00:00Z} or {@code link expired 2026-12-05T04:00:00Z}; never the link. */
    public String linkText(Instant now) {
        if (expiry().isEmpty()) {
            return "link expired (no readable expiry)";
        }
        return (expiredAt(now) ? "link expired " : "link expires ") + expires;
    }

    private Optional<Instant> expiry() {
        try {
            return Optional.ofNullable(expires).map(Instant::parse);
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
