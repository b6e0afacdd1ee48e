package dev.teamsso.providers.contract;

/**
 * The team management API under {@code /realms/{realm}/teams/{teamId}}: paths, query
 * parameters, JSON field names, limits and error codes. A public contract, described in
 * {@code docs/teams-api.yaml}: never rename one. Role names are
 * {@link TeamContract#ROLE_ADMIN} and {@link TeamContract#ROLE_MEMBER}.
 */
public final class TeamApiContract {

    /**
     * Realm attribute: the clients whose access tokens the API accepts (their {@code azp}),
     * separated by commas or spaces. Default {@value #DEFAULT_API_CLIENTS}. Tokens of any other
     * client of the realm ({@code account-console}, {@code admin-cli}, ...) are refused.
     */
    public static final String API_CLIENTS_ATTRIBUTE = "team-sso.api-clients";
    public static final String DEFAULT_API_CLIENTS = "dashboard";

    /** Path segments below {@code /realms/{realm}/teams/{teamId}}. */
    public static final String PATH_MEMBERS = "members";
    public static final String PATH_ROLE = "role";
    /** {@code POST members/{userId}/deactivate} and {@code .../reactivate}: no body. */
    public static final String PATH_DEACTIVATE = "deactivate";
    public static final String PATH_REACTIVATE = "reactivate";
    public static final String PARAM_TEAM_ID = "teamId";
    public static final String PARAM_USER_ID = "userId";

    /** Query parameters of {@code GET members}. */
    public static final String QUERY_FIRST = "first";
    public static final String QUERY_MAX = "max";
    public static final String QUERY_SEARCH = "search";

    /** Paging: {@code max} defaults to {@value #DEFAULT_MAX}; larger values are cut to {@value #MAX_PAGE_SIZE}. */
    public static final int DEFAULT_MAX = 20;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_SEARCH_LENGTH = 100;

    /** The largest role-change body accepted, in characters. */
    public static final int MAX_BODY_LENGTH = 1024;

    /** JSON fields of the team. */
    public static final String FIELD_ID = "id";
    public static final String FIELD_NAME = "name";
    public static final String FIELD_MEMBER_COUNT = "memberCount";
    /** The caller's role in the team, or a member's role; also the field of the role-change body. */
    public static final String FIELD_ROLE = "role";

    /** JSON fields of a member (besides {@link #FIELD_ID} and {@link #FIELD_ROLE}). */
    public static final String FIELD_EMAIL = "email";
    public static final String FIELD_FIRST_NAME = "firstName";
    public static final String FIELD_LAST_NAME = "lastName";
    /** Whether the member's account is active (false: deactivated by the team's SCIM or an admin). */
    public static final String FIELD_ACTIVE = "active";

    /** JSON fields of a page of members. */
    public static final String FIELD_FIRST = "first";
    public static final String FIELD_MAX = "max";
    public static final String FIELD_MEMBERS = "members";

    /** JSON fields of an error body (RFC 6749 style). */
    public static final String FIELD_ERROR = "error";
    public static final String FIELD_ERROR_DESCRIPTION = "error_description";

    /** Error codes; {@link TeamApiError} pairs each with its status and fixed description. */
    public static final String ERROR_INVALID_TOKEN = "invalid_token";
    public static final String ERROR_TEAM_NOT_FOUND = "team_not_found";
    public static final String ERROR_MEMBER_NOT_FOUND = "member_not_found";
    public static final String ERROR_NOT_TEAM_ADMIN = "not_team_admin";
    public static final String ERROR_LAST_ADMIN = "last_admin";
    public static final String ERROR_INVALID_REQUEST = "invalid_request";
    public static final String ERROR_UNKNOWN_ROLE = "unknown_role";
    public static final String ERROR_INVALID_QUERY = "invalid_query";
    public static final String ERROR_UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type";

    /**
     * Admin events of role changes carry operation {@code UPDATE} and this resource type, one of
     * Keycloak's own, so the admin console's and the admin API's event filters can find them
     * (both refuse resource types they do not know); their resource path is
     * {@code teams/{teamId}/members/{userId}/role}.
     */
    public static final String ADMIN_EVENT_RESOURCE_TYPE = "ORGANIZATION_MEMBERSHIP";

    /** Fields of the admin event's representation (besides {@link #FIELD_ROLE}'s two values). */
    public static final String EVENT_TEAM_ID = "teamId";
    public static final String EVENT_USER_ID = "userId";
    public static final String EVENT_FROM = "from";
    public static final String EVENT_TO = "to";

    private TeamApiContract() {
    }
}
