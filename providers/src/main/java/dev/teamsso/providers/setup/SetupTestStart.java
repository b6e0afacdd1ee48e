package dev.teamsso.providers.setup;

import dev.teamsso.providers.broker.BrokerRedirect;
import dev.teamsso.providers.initiate.BrowserAttempt;
import dev.teamsso.providers.initiate.LandingClient;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Starts the test sign-in: a real brokered sign-in through the team's IdP, made like the
 * initiate endpoint's ({@link BrowserAttempt}, {@link BrokerRedirect}: Keycloak's broker makes
 * state, nonce and PKCE), in an attempt marked with {@link SetupTestNote}.
 */
final class SetupTestStart {

    private SetupTestStart() {
    }

    /** The redirect to the team's Okta, or empty when the realm has no landing client for it. */
    static Optional<Response> redirect(KeycloakSession session, PendingTeam team, IdentityProviderModel idp, String token) {
        RealmModel realm = session.getContext().getRealm();
        ClientModel client = LandingClient.of(realm, team.organization());
        Optional<String> home = client == null ? Optional.empty() : LandingClient.home(client);
        if (home.isEmpty()) {
            return Optional.empty();
        }
        EventBuilder event = new EventBuilder(realm, session, session.getContext().getConnection()).event(EventType.IDENTITY_PROVIDER_LOGIN);
        AuthenticationSessionModel attempt = new BrowserAttempt(session, event).forLanding(client, home.get(), null);
        SetupTestNote.mark(attempt, team.teamId(), token);
        return Optional.of(BrokerRedirect.to(session, realm, session.getContext().getUri().getBaseUri(), attempt, idp));
    }
}
