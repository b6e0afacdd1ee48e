package dev.teamsso.providers;

/**
 * Names that the extension, the {@code teams} tool, realm JSON and the platform share. They are
 * a public contract: never rename one.
 */
public final class TeamContract {

    /** Organization attribute: the email of the person who becomes team admin on first sign-in. */
    public static final String ADMIN_EMAIL_ATTRIBUTE = "team-sso.admin-email";

    /** Identity provider config: marks an IdP as a team IdP (value {@code true}). */
    public static final String TEAM_IDP_MARKER = "team-sso.team";

    private TeamContract() {
    }
}
