package dev.teamsso.providers.broker;

import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;

/**
 * How a brokered sign-in through a team's Okta is refused: an event error naming the reason,
 * and one fixed page for the person that names none (message {@value #MESSAGE}).
 */
public final class SignInRefusal {

    public static final String MESSAGE = "teamSsoSignInUnavailable";

    private SignInRefusal() {
    }

    public static void refuse(AuthenticationFlowContext context, String error) {
        context.getEvent().error(error);
        Response page = context.form()
                .setError(MESSAGE)
                .createErrorPage(Response.Status.FORBIDDEN);
        context.failure(AuthenticationFlowError.IDENTITY_PROVIDER_ERROR, page);
    }
}
