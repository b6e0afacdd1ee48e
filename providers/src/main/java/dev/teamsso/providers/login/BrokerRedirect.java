package dev.teamsso.providers.login;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.services.Urls;
import org.keycloak.services.managers.ClientSessionCode;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A redirect into Keycloak's own broker login for an identity provider, bound to this sign-in:
 * the broker makes the state, nonce and PKCE verifier, and forwards {@code login_hint}.
 */
final class BrokerRedirect {

    private BrokerRedirect() {
    }

    static Response to(AuthenticationFlowContext context, IdentityProviderModel idp) {
        AuthenticationSessionModel attempt = context.getAuthenticationSession();
        String code = new ClientSessionCode<>(context.getSession(), context.getRealm(), attempt).getOrGenerateCode();
        URI location = Urls.identityProviderAuthnRequest(context.getUriInfo().getBaseUri(), idp.getAlias(),
                context.getRealm().getName(), code, attempt.getClient().getClientId(), attempt.getTabId(),
                AuthenticationProcessor.getClientData(context.getSession(), attempt),
                attempt.getClientNote(OIDCLoginProtocol.LOGIN_HINT_PARAM));
        return Response.seeOther(location).build();
    }
}
