package dev.teamsso.providers.setup;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.messages.Messages;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A test sign-in that Okta answered with an error: Keycloak's broker sends the browser back
 * into the browser flow with the error, and the Corporate SSO form hands it here, which leads
 * the browser back to the set-up page, saying what Okta answered ({@code access_denied}, or
 * another error). The team stays pending and the link usable.
 */
public final class SetupTestReturn {

    private SetupTestReturn() {
    }

    /** The redirect back to the set-up page if this attempt is a failed test sign-in. */
    public static Optional<Response> afterFailedTest(AuthenticationFlowContext context) {
        AuthenticationSessionModel attempt = context.getAuthenticationSession();
        Optional<SetupTestNote> note = SetupTestNote.of(attempt);
        FormMessage error = context.getForwardedErrorMessage();
        if (note.isEmpty() || error == null) {
            return Optional.empty();
        }
        attempt.removeClientNote(SetupContract.TEST_NOTE);
        String answer = Messages.ACCESS_DENIED_WHEN_IDP_AUTH.equals(error.getMessage())
                ? SetupContract.TEST_FAILED_ACCESS_DENIED : SetupContract.TEST_FAILED_ERROR;
        SetupUrls urls = new SetupUrls(context.getSession().getContext().getUri().getBaseUri(), context.getRealm().getName(),
                note.get().token());
        return Optional.of(SetupHeaders.apply(context.getSession(), Response.seeOther(urls.afterFailedTest(answer)).build()));
    }
}
