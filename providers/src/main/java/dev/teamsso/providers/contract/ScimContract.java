package dev.teamsso.providers.contract;

/**
 * The per-team SCIM 2.0 service provider (RFC 7643/7644) under
 * {@code /realms/{realm}/teams/{teamId}/scim/v2}: paths, schema URNs, limits and the user
 * attributes it keeps. A public contract: never rename one.
 */
public final class ScimContract {

    /** Path below {@code /realms/{realm}/teams/{teamId}/}. */
    public static final String BASE_PATH = "scim/v2";
    public static final String PATH_USERS = "Users";
    public static final String PATH_GROUPS = "Groups";
    public static final String PATH_SERVICE_PROVIDER_CONFIG = "ServiceProviderConfig";
    public static final String PATH_RESOURCE_TYPES = "ResourceTypes";
    public static final String PATH_SCHEMAS = "Schemas";

    public static final String MEDIA_TYPE = "application/scim+json";

    public static final String SCHEMA_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    public static final String SCHEMA_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public static final String SCHEMA_LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    public static final String SCHEMA_ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
    public static final String SCHEMA_PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    public static final String SCHEMA_SERVICE_PROVIDER_CONFIG = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    public static final String SCHEMA_RESOURCE_TYPE = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
    public static final String SCHEMA_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

    /** The largest request body accepted, in bytes; larger ones get 413. */
    public static final int MAX_BODY_BYTES = 256 * 1024;
    /** The most resources one list answer holds; larger {@code count}s are cut to it. */
    public static final int MAX_PAGE_SIZE = 200;
    public static final int MAX_FILTER_LENGTH = 512;
    public static final int MAX_VALUE_LENGTH = 255;
    public static final int MAX_PATCH_OPERATIONS = 1000;

    /**
     * User attributes: the team whose SCIM client created the account, the SCIM
     * {@code userName} as sent, its lookup key ({@code <teamId>:<lower-case userName>}), the
     * {@code externalId}, and when SCIM last wrote the account (epoch milliseconds).
     */
    public static final String USER_SCIM_TEAM = "team-sso.scim-team";
    public static final String USER_SCIM_USER_NAME = "team-sso.scim-user-name";
    public static final String USER_SCIM_USER_NAME_KEY = "team-sso.scim-user-name-key";
    public static final String USER_SCIM_EXTERNAL_ID = "team-sso.scim-external-id";
    public static final String USER_SCIM_MODIFIED = "team-sso.scim-modified";

    /**
     * The Organization group that holds a team's pushed groups as its subgroups, and the group
     * attribute that marks it.
     */
    public static final String GROUP_PARENT_NAME = "okta-groups";
    public static final String GROUP_PARENT_ATTRIBUTE = "team-sso.scim-groups";

    private ScimContract() {
    }
}
