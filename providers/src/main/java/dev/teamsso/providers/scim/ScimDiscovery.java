package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The discovery resources (RFC 7644 §4): what this service supports (PATCH and the
 * {@code eq} filter, no bulk, sort, ETags or password changes), its two resource types and
 * their schemas, listing only the attributes it keeps.
 */
final class ScimDiscovery {

    private ScimDiscovery() {
    }

    static ObjectNode serviceProviderConfig(String baseUrl) {
        ObjectNode config = ScimJson.withSchema(ScimContract.SCHEMA_SERVICE_PROVIDER_CONFIG);
        config.putObject("patch").put("supported", true);
        config.putObject("bulk").put("supported", false).put("maxOperations", 0).put("maxPayloadSize", 0);
        config.putObject("filter").put("supported", true).put("maxResults", ScimContract.MAX_PAGE_SIZE);
        config.putObject("changePassword").put("supported", false);
        config.putObject("sort").put("supported", false);
        config.putObject("etag").put("supported", false);
        config.putArray("authenticationSchemes").addObject()
                .put("type", "oauthbearertoken")
                .put("name", "Bearer token")
                .put("description", "The team's SCIM token from 'teams scim-token', as Authorization: Bearer <token>.")
                .put("primary", true);
        config.set("meta", meta("ServiceProviderConfig", baseUrl + "/" + ScimContract.PATH_SERVICE_PROVIDER_CONFIG));
        return config;
    }

    static ObjectNode resourceTypes(String baseUrl) {
        return ScimJson.listResponse(2, 1, List.of(
                resourceType(baseUrl, "User", ScimContract.PATH_USERS, ScimContract.SCHEMA_USER),
                resourceType(baseUrl, "Group", ScimContract.PATH_GROUPS, ScimContract.SCHEMA_GROUP)));
    }

    static ObjectNode schemas(String baseUrl) {
        ObjectNode user = schema(baseUrl, ScimContract.SCHEMA_USER, "User");
        ArrayNode userAttributes = user.putArray("attributes");
        userAttributes.add(attribute("userName", "string", true, "server"));
        userAttributes.add(attribute("externalId", "string", false, "none"));
        ObjectNode name = attribute("name", "complex", false, "none");
        name.putArray("subAttributes").add(attribute("givenName", "string", false, "none"))
                .add(attribute("familyName", "string", false, "none"));
        userAttributes.add(name);
        userAttributes.add(attribute("displayName", "string", false, "none").put("mutability", "readOnly"));
        ObjectNode emails = attribute("emails", "complex", false, "none").put("multiValued", true);
        emails.putArray("subAttributes").add(attribute("value", "string", false, "none"))
                .add(attribute("type", "string", false, "none")).add(attribute("primary", "boolean", false, "none"));
        userAttributes.add(emails);
        userAttributes.add(attribute("active", "boolean", false, "none"));

        ObjectNode group = schema(baseUrl, ScimContract.SCHEMA_GROUP, "Group");
        ArrayNode groupAttributes = group.putArray("attributes");
        groupAttributes.add(attribute("displayName", "string", true, "server"));
        ObjectNode members = attribute("members", "complex", false, "none").put("multiValued", true);
        members.putArray("subAttributes").add(attribute("value", "string", false, "none"))
                .add(attribute("display", "string", false, "none"));
        groupAttributes.add(members);
        return ScimJson.listResponse(2, 1, List.of(user, group));
    }

    private static ObjectNode resourceType(String baseUrl, String name, String endpoint, String schema) {
        ObjectNode type = ScimJson.withSchema(ScimContract.SCHEMA_RESOURCE_TYPE);
        type.put("id", name).put("name", name).put("endpoint", "/" + endpoint).put("schema", schema);
        type.set("meta", meta("ResourceType", baseUrl + "/" + ScimContract.PATH_RESOURCE_TYPES + "/" + name));
        return type;
    }

    private static ObjectNode schema(String baseUrl, String id, String name) {
        ObjectNode schema = ScimJson.withSchema(ScimContract.SCHEMA_SCHEMA);
        schema.put("id", id).put("name", name);
        schema.set("meta", meta("Schema", baseUrl + "/" + ScimContract.PATH_SCHEMAS + "/" + id));
        return schema;
    }

    private static ObjectNode attribute(String name, String type, boolean required, String uniqueness) {
        return ScimJson.object().put("name", name).put("type", type).put("multiValued", false)
                .put("required", required).put("caseExact", false).put("mutability", "readWrite")
                .put("returned", "default").put("uniqueness", uniqueness);
    }

    private static ObjectNode meta(String resourceType, String location) {
        return ScimJson.object().put("resourceType", resourceType).put("location", location);
    }
}
