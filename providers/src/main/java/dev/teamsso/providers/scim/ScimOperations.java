package dev.teamsso.providers.scim;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What one resource type ({@code Users}, {@code Groups}) of a team's SCIM service does. */
interface ScimOperations {

    ObjectNode list(String filter, ScimPaging paging);

    ObjectNode get(String id);

    ObjectNode create(ObjectNode body);

    ObjectNode replace(String id, ObjectNode body);

    ObjectNode patch(String id, ObjectNode body);

    void delete(String id);
}
