package dev.teamsso.providers.contract;

/**
 * Okta Universal Logout (draft-parecki-oauth-global-token-revocation) per team: the path, the
 * request's JSON members, the accepted subject formats, the error codes and the discovery names.
 * A public contract, described in {@code docs/universal-logout.md}: never rename one.
 */
public final class LogoutContract {

    /** Path segment under {@code /realms/{realm}/teams/{teamId}/}. */
    public static final String PATH = "global-token-revocation";

    /** The request body's subject member: {@code sub_id} (draft 03 on) or {@code subject} (Okta's guide). */
    public static final String FIELD_SUB_ID = "sub_id";
    public static final String FIELD_SUBJECT = "subject";
    public static final String FIELD_FORMAT = "format";
    public static final String FIELD_ISS = "iss";
    public static final String FIELD_SUB = "sub";
    public static final String FIELD_EMAIL = "email";

    /** Subject identifier formats (RFC 9493) this endpoint understands. */
    public static final String FORMAT_ISS_SUB = "iss_sub";
    public static final String FORMAT_EMAIL = "email";

    /** The largest request body accepted, in characters. */
    public static final int MAX_BODY_LENGTH = 4096;

    /** Error codes of the fixed error bodies ({@code RevocationError} of the extension's {@code logout} package). */
    public static final String ERROR_INVALID_REQUEST = "invalid_request";
    public static final String ERROR_INVALID_TOKEN = "invalid_token";
    public static final String ERROR_ACCESS_DENIED = "access_denied";
    public static final String ERROR_UNKNOWN_SUBJECT = "unknown_subject";
    public static final String ERROR_REVOCATION_FAILED = "revocation_failed";

    /** Discovery metadata names (draft section "Authorization Server Metadata"). */
    public static final String METADATA_ENDPOINT = "global_token_revocation_endpoint";
    public static final String METADATA_AUTH_METHODS = "global_token_revocation_endpoint_auth_methods_supported";
    /** The one authentication method: a JWT signed by the team's Okta, as Okta's Universal Logout sends it. */
    public static final String AUTH_METHOD_PRIVATE_KEY_JWT = "private_key_jwt";

    /** Event details of every call (besides {@code team_id}). */
    public static final String DETAIL_SUBJECT_FORMAT = "subject_format";
    public static final String DETAIL_ACCOUNTS = "accounts";
    public static final String DETAIL_SESSIONS = "sessions";

    private LogoutContract() {
    }
}
