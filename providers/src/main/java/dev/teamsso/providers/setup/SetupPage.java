package dev.teamsso.providers.setup;

import jakarta.ws.rs.core.Response;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;

/**
 * The set-up page ({@value #TEMPLATE}, shipped in the jar's {@code theme-resources}, so any
 * login theme shows it) and its one fixed refusal for a link that cannot be used.
 */
final class SetupPage {

    static final String TEMPLATE = "team-setup.ftl";
    static final String BEAN = "teamSetup";
    static final String MESSAGE_UNUSABLE = "teamSsoSetupLinkUnusable";
    static final String MESSAGE_TOO_MANY = "teamSsoTooManyAttempts";

    private SetupPage() {
    }

    static Response show(KeycloakSession session, LoginFormsProvider form, SetupPageBean bean, Response.Status status) {
        return SetupHeaders.apply(session, form.setAttribute(BEAN, bean).setStatus(status).createForm(TEMPLATE));
    }

    static Response show(KeycloakSession session, SetupPageBean bean, Response.Status status) {
        return show(session, session.getProvider(LoginFormsProvider.class), bean, status);
    }

    /** Unknown, expired, revoked and completed links: one body for all, naming no team. */
    static Response unusable(KeycloakSession session) {
        return SetupHeaders.apply(session, session.getProvider(LoginFormsProvider.class).setError(MESSAGE_UNUSABLE)
                .createErrorPage(Response.Status.NOT_FOUND));
    }

    static Response coolingDown(KeycloakSession session) {
        return SetupHeaders.apply(session, session.getProvider(LoginFormsProvider.class).setError(MESSAGE_TOO_MANY)
                .createErrorPage(Response.Status.TOO_MANY_REQUESTS));
    }
}
