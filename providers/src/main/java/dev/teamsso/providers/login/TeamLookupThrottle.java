package dev.teamsso.providers.login;

import org.keycloak.authentication.Authenticator;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Counts team lookups that found no team (misses) per sign-in attempt (an authentication-session
 * note, distributed with it) and per client address ({@link AddressMisses}: Keycloak's cluster-wide
 * single-use object store, counted atomically; IPv6 addresses per /64). Nothing is kept on the
 * node. Only misses are counted and only misses are refused: a lookup that finds an enabled team always goes through, so nobody
 * behind a shared address is locked out by someone else's typos. The Team ID form, the
 * {@code kc_idp_hint} link and the initiate endpoint share the per-address count.
 */
public final class TeamLookupThrottle {

    private static final String ATTEMPT_NOTE_PREFIX = "team-sso.misses.";

    private final ThrottleSettings settings;
    private final AuthenticationSessionModel attempt;
    private final AddressMisses addressMisses;

    TeamLookupThrottle(ThrottleSettings settings, KeycloakSession session, AuthenticationSessionModel attempt, String clientAddress) {
        this.settings = settings;
        this.attempt = attempt;
        this.addressMisses = new AddressMisses(session.singleUseObjects(), clientAddress, settings.missesPerAddress(),
                settings.windowSeconds());
    }

    /**
     * The per-address throttle for lookups outside a sign-in attempt (the initiate endpoint),
     * with the server options of the login form ({@code --spi-authenticator--team-sso-login-form--*}).
     */
    public static TeamLookupThrottle forAddress(KeycloakSession session, String clientAddress) {
        ProviderFactory<Authenticator> factory = session.getKeycloakSessionFactory()
                .getProviderFactory(Authenticator.class, CorporateSsoLoginFormFactory.PROVIDER_ID);
        ThrottleSettings settings = factory instanceof CorporateSsoLoginFormFactory form ? form.throttleSettings() : ThrottleSettings.DEFAULTS;
        return new TeamLookupThrottle(settings, session, null, clientAddress);
    }

    /** Whether the next miss is to be refused: this attempt or this address used up its misses. */
    public boolean isCoolingDown() {
        long now = Time.currentTimeMillis();
        return attemptWindow().blocks(now, settings.windowMillis(), settings.missesPerAttempt())
                || addressMisses.blocks();
    }

    public void recordMiss() {
        long now = Time.currentTimeMillis();
        if (attempt != null) {
            MissWindow attemptWindow = attemptWindow().afterMiss(now, settings.windowMillis());
            attemptWindow.toNotes().forEach((name, value) -> attempt.setAuthNote(ATTEMPT_NOTE_PREFIX + name, value));
        }
        addressMisses.record();
    }

    private MissWindow attemptWindow() {
        return attempt == null ? MissWindow.NONE : MissWindow.fromNotes(name -> attempt.getAuthNote(ATTEMPT_NOTE_PREFIX + name));
    }
}
