package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Applies an RFC 7644 §3.5.2 PatchOp to a resource's JSON, as Okta and other clients send it:
 * {@code add}/{@code replace} without a path (the value's attributes, {@code "name.givenName"}
 * keys included), with {@code attr} or {@code attr.sub}, and with a value filter
 * {@code attr[value eq "…"]} (optionally {@code .sub}); {@code remove} of an attribute, of the
 * filtered elements, or of the listed {@code value}s. Attribute names compare case-insensitively.
 * The result is then stored as a full replacement, so every rule of PUT applies to it too.
 */
final class ScimPatch {

    private ScimPatch() {
    }

    static ObjectNode apply(ObjectNode resource, ObjectNode patch, String schema) {
        JsonNode operations = ScimNodes.field(patch, "Operations");
        if (operations == null || !operations.isArray() || operations.isEmpty()) {
            throw new ScimException(ScimError.INVALID_SYNTAX);
        }
        if (operations.size() > ScimContract.MAX_PATCH_OPERATIONS) {
            throw new ScimException(ScimError.TOO_MANY_OPERATIONS);
        }
        ObjectNode result = resource.deepCopy();
        for (JsonNode operation : operations) {
            if (!operation.isObject()) {
                throw new ScimException(ScimError.INVALID_SYNTAX);
            }
            applyOne(result, (ObjectNode) operation, schema);
        }
        return result;
    }

    private static void applyOne(ObjectNode resource, ObjectNode operation, String schema) {
        JsonNode opNode = ScimNodes.field(operation, "op");
        JsonNode pathNode = ScimNodes.field(operation, "path");
        JsonNode value = ScimNodes.field(operation, "value");
        if (opNode == null || !opNode.isTextual() || (pathNode != null && !pathNode.isTextual() && !pathNode.isNull())) {
            throw new ScimException(ScimError.INVALID_SYNTAX);
        }
        String op = opNode.textValue().toLowerCase(Locale.ROOT);
        String path = pathNode == null || pathNode.isNull() || pathNode.textValue().isBlank() ? null
                : stripSchema(pathNode.textValue().strip(), schema);
        switch (op) {
            case "add", "replace" -> {
                if (value == null) {
                    throw new ScimException(ScimError.INVALID_SYNTAX);
                }
                if (path == null) {
                    setAll(resource, value, op.equals("add"), schema);
                } else {
                    set(resource, ScimPath.parse(path), value, op.equals("add"));
                }
            }
            case "remove" -> {
                if (path == null) {
                    throw new ScimException(ScimError.INVALID_PATH);
                }
                remove(resource, ScimPath.parse(path), value);
            }
            default -> throw new ScimException(ScimError.INVALID_SYNTAX);
        }
    }

    private static void setAll(ObjectNode resource, JsonNode value, boolean add, String schema) {
        if (!value.isObject()) {
            throw new ScimException(ScimError.INVALID_SYNTAX);
        }
        Iterator<String> names = value.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            String attribute = stripSchema(name, schema);
            if (attribute.contains(":")) {
                resource.set(name, value.get(name)); // an extension schema's attributes: kept as sent, ignored when stored
            } else {
                set(resource, ScimPath.parse(attribute), value.get(name), add);
            }
        }
    }

    private static void set(ObjectNode resource, ScimPath path, JsonNode value, boolean add) {
        String key = ScimNodes.keyOf(resource, path.attribute());
        if (path.filter() != null) {
            for (ObjectNode element : ScimNodes.matching(resource.get(key), path.filter())) {
                if (path.subAttribute() == null) {
                    if (!value.isObject()) {
                        throw new ScimException(ScimError.INVALID_VALUE);
                    }
                    element.setAll((ObjectNode) value);
                } else {
                    element.set(ScimNodes.keyOf(element, path.subAttribute()), value);
                }
            }
            return;
        }
        if (path.subAttribute() != null) {
            JsonNode parent = resource.get(key);
            ObjectNode object = parent instanceof ObjectNode existing ? existing : resource.putObject(key);
            object.set(ScimNodes.keyOf(object, path.subAttribute()), value);
            return;
        }
        JsonNode current = resource.get(key);
        if (add && current instanceof ArrayNode array) {
            for (JsonNode element : value.isArray() ? value : List.of(value)) {
                if (!ScimNodes.contains(array, element)) {
                    array.add(element);
                }
            }
        } else {
            resource.set(key, value);
        }
    }

    private static void remove(ObjectNode resource, ScimPath path, JsonNode value) {
        String key = ScimNodes.keyOf(resource, path.attribute());
        JsonNode current = resource.get(key);
        if (path.filter() != null) {
            if (current instanceof ArrayNode array) {
                List<ObjectNode> doomed = ScimNodes.matching(array, path.filter());
                for (int i = array.size() - 1; i >= 0; i--) {
                    if (doomed.contains(array.get(i))) {
                        array.remove(i);
                    }
                }
            }
        } else if (path.subAttribute() != null) {
            if (current instanceof ObjectNode object) {
                object.remove(ScimNodes.keyOf(object, path.subAttribute()));
            }
        } else if (value != null && value.isArray() && current instanceof ArrayNode array) {
            for (JsonNode listed : value) {
                for (int i = array.size() - 1; i >= 0; i--) {
                    if (array.get(i).path("value").equals(listed.path("value"))) {
                        array.remove(i);
                    }
                }
            }
        } else {
            resource.remove(key);
        }
    }

    private static String stripSchema(String path, String schema) {
        String prefix = schema.toLowerCase(Locale.ROOT) + ":";
        return path.toLowerCase(Locale.ROOT).startsWith(prefix) ? path.substring(prefix.length()) : path;
    }
}
