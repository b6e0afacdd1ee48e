package dev.teamsso.providers.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Small reads on SCIM JSON: attribute names compared case-insensitively, multi-valued elements matched by a filter. */
final class ScimNodes {

    private ScimNodes() {
    }

    static List<ObjectNode> matching(JsonNode array, ScimFilter filter) {
        if (!(array instanceof ArrayNode elements)) {
            return List.of();
        }
        ArrayList<ObjectNode> found = new ArrayList<>();
        for (JsonNode element : elements) {
            JsonNode compared = element.isObject() ? element.get(keyOf((ObjectNode) element, filter.attribute())) : null;
            if (compared != null && compared.asText().equals(filter.value())) {
                found.add((ObjectNode) element);
            }
        }
        return found;
    }

    static boolean contains(ArrayNode array, JsonNode element) {
        for (JsonNode existing : array) {
            if (existing.equals(element) || (element.has("value") && existing.path("value").equals(element.get("value")))) {
                return true;
            }
        }
        return false;
    }

    /** The name {@code node} already uses for {@code name} in any case, or {@code name}. */
    static String keyOf(ObjectNode node, String name) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String existing = names.next();
            if (existing.equalsIgnoreCase(name)) {
                return existing;
            }
        }
        return name;
    }

    static JsonNode field(ObjectNode node, String name) {
        return node.get(keyOf(node, name));
    }
}
