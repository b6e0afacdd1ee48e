package dev.teamsso.providers.contract;

/**
 * Names that the extension, the {@code teams} tool, realm JSON and the platform share. They are
 * a public contract: never rename one.
 */
public final class TeamContract {

    /** Organization attribute: the email of the person who becomes team admin on first sign-in. */
    public static final String ADMIN_EMAIL_ATTRIBUTE = "team-sso.admin-email";

    /**
     * Organization attribute: what {@code account_id} names, {@value #ACCOUNT_SCOPE_TEAM} (the
     * default: members share the team's account) or {@value #ACCOUNT_SCOPE_USER}.
     */
    public static final String ACCOUNT_SCOPE_ATTRIBUTE = "team-sso.account-scope";
    public static final String ACCOUNT_SCOPE_TEAM = "team";
    public static final String ACCOUNT_SCOPE_USER = "user";

    /**
     * Realm attribute, and Organization attribute to override it per team: the client that
     * Okta-initiated sign-ins land on. Default {@value #DEFAULT_LANDING_CLIENT}.
     */
    public static final String LANDING_CLIENT_ATTRIBUTE = "team-sso.landing-client";
    public static final String DEFAULT_LANDING_CLIENT = "dashboard";

    /** Path under {@code /realms/{realm}/teams/} of the self-service set-up page ({@code setup/{token}}); a reserved Team ID. */
    public static final String SETUP_PATH = "setup";

    /** Path under {@code /realms/{realm}/teams/{teamId}/} of the Okta-initiated sign-in endpoint. */
    public static final String INITIATE_PATH = "initiate";

    /** Identity provider config: marks an IdP as a team IdP (value {@code true}); see {@link TeamDefinition}. */
    public static final String TEAM_IDP_MARKER = "team-sso.team";

    /** Keycloak's OIDC identity provider config keys that hold a team's Okta issuer and client ID. */
    public static final String IDP_ISSUER = "issuer";
    public static final String IDP_CLIENT_ID = "clientId";

    /** The first-broker-login flow every team IdP uses (declared in realm-config). */
    public static final String FIRST_LOGIN_FLOW = "team-sso first login";

    /**
     * The post-broker-login flow every team IdP uses (declared in realm-config): it refuses a
     * sign-in whose issuer or subject differs from the ones the account was made through.
     */
    public static final String POST_LOGIN_FLOW = "team-sso post login";

    /** The realm's direct-grant flow (declared in realm-config): it refuses every password grant. */
    public static final String NO_DIRECT_GRANT_FLOW = "team-sso no direct grant";

    /** User attribute: the exact issuer ({@code iss}) a team account was made through. */
    public static final String ISSUER_ATTRIBUTE = "team-sso.issuer";

    /** User attribute: the exact subject ({@code sub}) a team account was made through. */
    public static final String SUBJECT_ATTRIBUTE = "team-sso.subject";

    /**
     * Organization attribute: the admin email (ASCII lower case) that has already made someone
     * team admin; the grant happens once per team and admin email.
     */
    public static final String ADMIN_EMAIL_GRANTED_ATTRIBUTE = "team-sso.admin-email-granted";

    /** The browser flow with the Corporate SSO login form (declared in realm-config). */
    public static final String BROWSER_FLOW = "team-sso browser";

    /** Organization groups that hold a team's roles; a member of neither has role {@code member}. */
    public static final String ADMIN_GROUP = "admin";

    /** Role names, as in the {@code team_role} claim and the team API. */
    public static final String ROLE_ADMIN = "admin";
    public static final String ROLE_MEMBER = "member";

    /** Claims in tokens of platform clients. */
    public static final String CLAIM_TEAM_ID = "team_id";
    public static final String CLAIM_TEAM_ROLE = "team_role";
    public static final String CLAIM_ACCOUNT_ID = "account_id";

    /** Logger category of the team-tagged audit lines (sign-ins and role changes). */
    public static final String AUDIT_LOG_CATEGORY = "dev.teamsso.audit";

    private TeamContract() {
    }
}
