package dev.teamsso.providers.scim;

/**
 * Every failure of the SCIM service: the HTTP status, the RFC 7644 {@code scimType} (or none)
 * and a fixed {@code detail}. No exception text ever reaches the client.
 */
enum ScimError {

    UNAUTHORIZED(401, null, "Send the team's SCIM token as \"Authorization: Bearer <token>\"."),
    TOO_MANY_FAILURES(429, null, "Too many failed attempts from this address; wait a minute and retry."),
    NOT_FOUND(404, null, "There is no such resource."),
    USER_NAME_TAKEN(409, "uniqueness", "A user with this userName already exists in this team."),
    GROUP_NAME_TAKEN(409, "uniqueness", "A group with this displayName already exists in this team."),
    INVALID_SYNTAX(400, "invalidSyntax", "The body must be one JSON object of the resource's schema."),
    INVALID_FILTER(400, "invalidFilter", "Supported filters: <attribute> eq \"<value>\" on userName, externalId, id or displayName."),
    INVALID_VALUE(400, "invalidValue", "An attribute is missing or has the wrong type or length (userName is required)."),
    INVALID_PAGING(400, "invalidValue", "startIndex and count must be whole numbers."),
    INVALID_PATH(400, "invalidPath", "The PATCH path names no attribute this resource supports."),
    TOO_MANY_OPERATIONS(400, "tooMany", "Send at most 1000 PATCH operations at once."),
    MUTABILITY(400, "mutability", "This attribute cannot be changed."),
    BODY_TOO_LARGE(413, null, "The body is larger than 256 KiB."),
    UNSUPPORTED_MEDIA_TYPE(415, null, "Send the body as application/scim+json or application/json."),
    NOT_IMPLEMENTED(501, null, "This operation is not supported.");

    private final int status;
    private final String scimType;
    private final String detail;

    ScimError(int status, String scimType, String detail) {
        this.status = status;
        this.scimType = scimType;
        this.detail = detail;
    }

    int status() {
        return status;
    }

    String scimType() {
        return scimType;
    }

    String detail() {
        return detail;
    }
}
