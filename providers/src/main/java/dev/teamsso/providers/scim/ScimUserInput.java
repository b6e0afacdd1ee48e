package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * A User resource as a client sent it (POST, PUT, or a PATCH result): {@code userName}
 * (required), {@code externalId}, {@code name.givenName}, {@code name.familyName}, the primary
 * (else first) of {@code emails}, and {@code active} (default true). Read-only attributes
 * ({@code id}, {@code meta}) and attributes we do not keep are ignored; a wrong type or an
 * over-long value is {@link ScimError#INVALID_VALUE}.
 */
record ScimUserInput(String userName, String externalId, String givenName, String familyName, String email, boolean active) {

    static ScimUserInput parse(ObjectNode user) {
        String userName = text(ScimNodes.field(user, "userName"));
        if (userName == null || userName.isBlank()) {
            throw new ScimException(ScimError.INVALID_VALUE);
        }
        JsonNode name = ScimNodes.field(user, "name");
        if (name != null && !name.isNull() && !name.isObject()) {
            throw new ScimException(ScimError.INVALID_VALUE);
        }
        ObjectNode names = name instanceof ObjectNode object ? object : ScimJson.object();
        return new ScimUserInput(userName.strip(), blankToNull(text(ScimNodes.field(user, "externalId"))),
                text(ScimNodes.field(names, "givenName")), text(ScimNodes.field(names, "familyName")),
                primaryEmail(ScimNodes.field(user, "emails")), active(ScimNodes.field(user, "active")));
    }

    /** The lookup form of a userName: userNames compare case-insensitively. */
    static String key(String teamId, String userName) {
        return teamId + ":" + userName.strip().toLowerCase(Locale.ROOT);
    }

    private static String primaryEmail(JsonNode emails) {
        if (emails == null || emails.isNull()) {
            return null;
        }
        if (!emails.isArray()) {
            throw new ScimException(ScimError.INVALID_VALUE);
        }
        JsonNode chosen = null;
        for (JsonNode email : emails) {
            if (!email.isObject()) {
                throw new ScimException(ScimError.INVALID_VALUE);
            }
            if (chosen == null || email.path("primary").asBoolean(false)) {
                chosen = email;
            }
        }
        return chosen == null ? null : blankToNull(text(ScimNodes.field((ObjectNode) chosen, "value")));
    }

    private static boolean active(JsonNode active) {
        if (active == null || active.isNull()) {
            return true;
        }
        if (active.isBoolean()) {
            return active.booleanValue();
        }
        if (active.isTextual() && (active.textValue().equalsIgnoreCase("true") || active.textValue().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(active.textValue().toLowerCase(Locale.ROOT));
        }
        throw new ScimException(ScimError.INVALID_VALUE);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.textValue().length() > ScimContract.MAX_VALUE_LENGTH) {
            throw new ScimException(ScimError.INVALID_VALUE);
        }
        return node.textValue();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
