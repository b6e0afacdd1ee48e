package dev.teamsso.providers.broker;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.services.Urls;
import org.keycloak.services.managers.ClientSessionCode;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A redirect into Keycloak's own broker login for an identity provider, bound to one sign-in
 * attempt: the broker makes the state, nonce and PKCE verifier, and forwards {@code login_hint}.
 */
public final class BrokerRedirect {

    private BrokerRedirect() {
    }

    public static Response to(KeycloakSession session, RealmModel realm, URI baseUri, AuthenticationSessionModel attempt,
                              IdentityProviderModel idp) {
        String code = new ClientSessionCode<>(session, realm, attempt).getOrGenerateCode();
        URI location = Urls.identityProviderAuthnRequest(baseUri, idp.getAlias(), realm.getName(), code,
                attempt.getClient().getClientId(), attempt.getTabId(),
                AuthenticationProcessor.getClientData(session, attempt),
                attempt.getClientNote(OIDCLoginProtocol.LOGIN_HINT_PARAM));
        return Response.seeOther(location).build();
    }
}
