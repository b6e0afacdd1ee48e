package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * JSON in and out of the SCIM service: strict parsing (no duplicate keys, no trailing content)
 * and answers as {@code application/scim+json}, never cached.
 */
final class ScimJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ScimJson() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    static ObjectNode withSchema(String schema) {
        ObjectNode node = object();
        node.putArray("schemas").add(schema);
        return node;
    }

    /** The body as one JSON object, or {@link ScimError#INVALID_SYNTAX}. */
    static ObjectNode parseObject(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new ScimException(ScimError.INVALID_SYNTAX);
            }
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw new ScimException(ScimError.INVALID_SYNTAX);
        } catch (java.io.IOException e) {
            throw new ScimException(ScimError.INVALID_SYNTAX);
        }
    }

    static ObjectNode listResponse(long total, int startIndex, List<? extends JsonNode> resources) {
        ObjectNode list = withSchema(ScimContract.SCHEMA_LIST);
        list.put("totalResults", total);
        list.put("startIndex", startIndex);
        list.put("itemsPerPage", resources.size());
        list.putArray("Resources").addAll(resources);
        return list;
    }

    static Response ok(int status, JsonNode body) {
        return Response.status(status)
                .type(ScimContract.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(write(body))
                .build();
    }

    static Response error(ScimError error) {
        ObjectNode body = withSchema(ScimContract.SCHEMA_ERROR);
        body.put("status", Integer.toString(error.status()));
        if (error.scimType() != null) {
            body.put("scimType", error.scimType());
        }
        body.put("detail", error.detail());
        Response.ResponseBuilder response = Response.status(error.status())
                .type(ScimContract.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(write(body));
        if (error == ScimError.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"scim\"");
        }
        if (error == ScimError.TOO_MANY_FAILURES) {
            response.header(HttpHeaders.RETRY_AFTER, "60");
        }
        return response.build();
    }

    private static String write(JsonNode body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a SCIM answer", e);
        }
    }
}
