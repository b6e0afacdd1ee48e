package dev.teamsso.providers.setup;

import dev.teamsso.providers.contract.TeamContract;
/**
 * Names of the self-service set-up page (issue 13) that tests, docs and the demo rely on:
 * paths, form fields, the server option and the auth-session note. Never rename one.
 */
public final class SetupContract {

    /** Path under {@code /realms/{realm}/teams/}: {@code setup/{token}}. Reserved as a Team ID. */
    public static final String PATH = TeamContract.SETUP_PATH;
    /** Path under {@code setup/{token}/}: starts the test sign-in (form post). */
    public static final String TEST_PATH = "test";

    /** Form fields of the values form. */
    public static final String FIELD_ISSUER = "issuer";
    public static final String FIELD_CLIENT_ID = "client_id";
    public static final String FIELD_CLIENT_SECRET = "client_secret";
    /** Form field of every post: the link's CSRF token ({@link SetupCsrf}). */
    public static final String FIELD_CSRF = "team_sso_setup_csrf";

    /** Query parameter the browser comes back with after a failed test sign-in: what Okta answered. */
    public static final String PARAM_TEST_FAILED = "test-failed";
    public static final String TEST_FAILED_ACCESS_DENIED = "access_denied";
    public static final String TEST_FAILED_ERROR = "error";

    /**
     * Server option ({@code --spi-realm-restapi-extension--teams--setup-allow-loopback-issuer=true}):
     * let the set-up page accept an issuer over plain HTTP on loopback (an Okta stand-in on this
     * machine). Honoured only in development mode ({@code start-dev}); ignored, with a warning, otherwise.
     */
    public static final String OPTION_ALLOW_LOOPBACK = "setup-allow-loopback-issuer";

    /** Client note (of the authentication session) of a test sign-in: {@code <teamId> <token>}. */
    public static final String TEST_NOTE = "team-sso.setup-test";

    /**
     * Event errors (Keycloak events), and the resource type of our admin events: Keycloak's own
     * {@code ORGANIZATION} (the admin console and the admin API's event filter know it), path
     * {@code teams/{teamId}/setup/{step}}.
     */
    public static final String ERROR_UNKNOWN_LINK = "team_sso_setup_link_unusable";
    public static final String ERROR_PENDING_TEAM = "team_sso_team_pending";
    public static final String ADMIN_EVENT_RESOURCE_TYPE = org.keycloak.events.admin.ResourceType.ORGANIZATION.name();

    private SetupContract() {
    }
}
