package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.keycloak.models.UserModel;

/**
 * A team account as a SCIM User: {@code id} is the account's ID; {@code userName} is the one
 * SCIM stored, else (an account made by sign-in) its email, else its username; {@code active}
 * is whether the account is enabled; {@code displayName} is the given and family name.
 */
final class ScimUserView {

    private ScimUserView() {
    }

    static ObjectNode of(UserModel user, String baseUrl) {
        ObjectNode view = ScimJson.withSchema(ScimContract.SCHEMA_USER);
        view.put("id", user.getId());
        String externalId = user.getFirstAttribute(ScimContract.USER_SCIM_EXTERNAL_ID);
        if (externalId != null) {
            view.put("externalId", externalId);
        }
        view.put("userName", userName(user));
        ObjectNode name = view.putObject("name");
        putIfSet(name, "givenName", user.getFirstName());
        putIfSet(name, "familyName", user.getLastName());
        String displayName = Stream.of(user.getFirstName(), user.getLastName())
                .filter(Objects::nonNull).filter(part -> !part.isBlank()).collect(Collectors.joining(" "));
        if (!displayName.isEmpty()) {
            view.put("displayName", displayName);
        }
        if (user.getEmail() != null) {
            ObjectNode email = view.putArray("emails").addObject();
            email.put("value", user.getEmail());
            email.put("type", "work");
            email.put("primary", true);
        }
        view.put("active", user.isEnabled());
        ObjectNode meta = view.putObject("meta");
        meta.put("resourceType", "User");
        String created = instant(user.getCreatedTimestamp());
        meta.put("created", created);
        String modified = user.getFirstAttribute(ScimContract.USER_SCIM_MODIFIED);
        meta.put("lastModified", modified == null ? created : instant(parse(modified, user.getCreatedTimestamp())));
        meta.put("location", baseUrl + "/" + ScimContract.PATH_USERS + "/" + user.getId());
        return view;
    }

    static String userName(UserModel user) {
        String stored = user.getFirstAttribute(ScimContract.USER_SCIM_USER_NAME);
        if (stored != null) {
            return stored;
        }
        return user.getEmail() != null ? user.getEmail() : user.getUsername();
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    private static String instant(Long millis) {
        return Instant.ofEpochMilli(millis == null ? 0 : millis).toString();
    }

    private static long parse(String millis, Long fallback) {
        try {
            return Long.parseLong(millis);
        } catch (NumberFormatException e) {
            return fallback == null ? 0 : fallback;
        }
    }
}
