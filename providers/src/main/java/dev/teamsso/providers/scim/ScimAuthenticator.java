package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.TeamTokens;
import dev.teamsso.providers.team.Team;
import dev.teamsso.providers.team.TeamDirectory;
import dev.teamsso.providers.contract.TeamId;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keycloak.models.KeycloakSession;

/**
 * The team a SCIM request may act on: an enabled team whose stored token hash matches the one
 * {@code Authorization: Bearer} header. Unknown, disabled and foreign teams, a missing, revoked
 * or wrong token all get the same {@link ScimError#UNAUTHORIZED}, are audited and count towards
 * the address's {@link ScimThrottle}.
 */
final class ScimAuthenticator {

    private static final Pattern BEARER = Pattern.compile("^[Bb][Ee][Aa][Rr][Ee][Rr] +(\\S+)$");
    /** Compared against when there is no stored hash, so a refusal takes as long either way. */
    private static final String NO_HASH = TeamTokens.hash("");

    private ScimAuthenticator() {
    }

    static Team authenticate(KeycloakSession session, String teamId) {
        String address = session.getContext().getConnection().getRemoteAddr();
        String loggedTeam = TeamId.isValid(teamId) ? teamId : "-";
        ScimThrottle throttle = new ScimThrottle(session.singleUseObjects(), address, loggedTeam);
        if (throttle.isCoolingDown()) {
            ScimAudit.refused(loggedTeam, address, "throttled");
            throw new ScimException(ScimError.TOO_MANY_FAILURES);
        }
        Optional<String> token = bearer(session.getContext().getRequestHeaders());
        Optional<Team> team = new TeamDirectory(session).findEnabled(teamId);
        String storedHash = team.flatMap(found -> found.settings().scimTokenHash()).orElse(NO_HASH);
        boolean matches = TeamTokens.matches(token.orElse(""), storedHash) && token.isPresent() && !storedHash.equals(NO_HASH);
        if (!matches || team.isEmpty()) {
            throttle.recordFailure();
            ScimAudit.refused(loggedTeam, address, token.isEmpty() ? "no-token" : "bad-token-or-team");
            throw new ScimException(ScimError.UNAUTHORIZED);
        }
        return team.get();
    }

    private static Optional<String> bearer(HttpHeaders headers) {
        List<String> values = headers.getRequestHeader(HttpHeaders.AUTHORIZATION);
        if (values == null || values.size() != 1 || values.get(0) == null) {
            return Optional.empty();
        }
        Matcher matcher = BEARER.matcher(values.get(0).strip());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
