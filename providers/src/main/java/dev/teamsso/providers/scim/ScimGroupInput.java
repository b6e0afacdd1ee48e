package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A Group resource as a client sent it (POST, PUT, or a PATCH result): {@code displayName}
 * (required) and the {@code value}s of {@code members}. Other attributes are ignored; wrong
 * types are {@link ScimError#INVALID_VALUE}.
 */
record ScimGroupInput(String displayName, Set<String> memberIds) {

    static ScimGroupInput parse(ObjectNode group) {
        JsonNode name = ScimNodes.field(group, "displayName");
        if (name == null || !name.isTextual() || name.textValue().isBlank()
                || name.textValue().length() > ScimContract.MAX_VALUE_LENGTH) {
            throw new ScimException(ScimError.INVALID_VALUE);
        }
        Set<String> members = new LinkedHashSet<>();
        JsonNode list = ScimNodes.field(group, "members");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new ScimException(ScimError.INVALID_VALUE);
            }
            for (JsonNode member : list) {
                JsonNode value = member.isObject() ? ScimNodes.field((ObjectNode) member, "value") : null;
                if (value == null || !value.isTextual() || value.textValue().length() > ScimContract.MAX_VALUE_LENGTH) {
                    throw new ScimException(ScimError.INVALID_VALUE);
                }
                members.add(value.textValue());
            }
        }
        return new ScimGroupInput(name.textValue().strip(), members);
    }
}
