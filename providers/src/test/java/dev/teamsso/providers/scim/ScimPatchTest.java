package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScimPatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
    }

    private static ObjectNode patch(String operations) throws Exception {
        return json("{'schemas':['" + ScimContract.SCHEMA_PATCH + "'],'Operations':" + operations + "}");
    }

    private static ObjectNode user() throws Exception {
        return json("{'userName':'bob@acme.com','active':true,'name':{'givenName':'Bob'},"
                + "'emails':[{'value':'bob@acme.com','type':'work','primary':true}]}");
    }

    @Test
    void oktasNoPathDeactivation() throws Exception {
        ObjectNode result = ScimPatch.apply(user(), patch("[{'op':'replace','value':{'active':false}}]"), ScimContract.SCHEMA_USER);

        assertThat(result.get("active").booleanValue()).isFalse();
        assertThat(result.get("userName").textValue()).isEqualTo("bob@acme.com");
    }

    @Test
    void theResourceItselfIsNotChanged() throws Exception {
        ObjectNode original = user();
        ScimPatch.apply(original, patch("[{'op':'replace','path':'active','value':false}]"), ScimContract.SCHEMA_USER);

        assertThat(original.get("active").booleanValue()).isTrue();
    }

    @Test
    void pathFormsWithSubAttributesSchemaPrefixAndAnyCase() throws Exception {
        ObjectNode result = ScimPatch.apply(user(), patch("[{'op':'Replace','path':'name.familyName','value':'Builder'},"
                + "{'op':'replace','path':'" + ScimContract.SCHEMA_USER + ":name.givenName','value':'Robert'},"
                + "{'op':'REPLACE','path':'ACTIVE','value':false},"
                + "{'op':'replace','value':{'name.givenName':'Rob'}}]"), ScimContract.SCHEMA_USER);

        assertThat(result.at("/name/familyName").textValue()).isEqualTo("Builder");
        assertThat(result.at("/name/givenName").textValue()).isEqualTo("Rob");
        assertThat(result.get("active").booleanValue()).isFalse();
        assertThat(result.has("ACTIVE")).isFalse();
    }

    @Test
    void filteredPathChangesOnlyTheMatchingElement() throws Exception {
        ObjectNode result = ScimPatch.apply(user(),
                patch("[{'op':'replace','path':'emails[type eq \\'work\\'].value','value':'robert@acme.com'}]"
                        .replace("\\'", "\\\"")), ScimContract.SCHEMA_USER);

        assertThat(result.at("/emails/0/value").textValue()).isEqualTo("robert@acme.com");
    }

    @Test
    void groupMembersAddRemoveByFilterAndByValueAndReplace() throws Exception {
        ObjectNode group = json("{'displayName':'Admins','members':[{'value':'a'},{'value':'b'}]}");
        ObjectNode added = ScimPatch.apply(group, patch("[{'op':'add','path':'members','value':[{'value':'b'},{'value':'c'}]}]"),
                ScimContract.SCHEMA_GROUP);
        assertThat(added.get("members")).hasSize(3);

        ObjectNode removed = ScimPatch.apply(added,
                patch("[{'op':'remove','path':'members[value eq \\'a\\']'}]".replace("\\'", "\\\"")), ScimContract.SCHEMA_GROUP);
        assertThat(removed.get("members").findValuesAsText("value")).containsExactly("b", "c");

        ObjectNode removedByValue = ScimPatch.apply(removed,
                patch("[{'op':'remove','path':'members','value':[{'value':'c'}]}]"), ScimContract.SCHEMA_GROUP);
        assertThat(removedByValue.get("members").findValuesAsText("value")).containsExactly("b");

        ObjectNode replaced = ScimPatch.apply(removedByValue,
                patch("[{'op':'replace','value':{'displayName':'Renamed','members':[{'value':'z'}]}}]"), ScimContract.SCHEMA_GROUP);
        assertThat(replaced.get("displayName").textValue()).isEqualTo("Renamed");
        assertThat(replaced.get("members").findValuesAsText("value")).containsExactly("z");
    }

    @Test
    void extensionAttributesInANoPathValueAreKeptAsSentNotRefused() throws Exception {
        ObjectNode result = ScimPatch.apply(user(), patch(
                "[{'op':'replace','value':{'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User':{'department':'x'}}}]"),
                ScimContract.SCHEMA_USER);
        assertThat(result.get("userName").textValue()).isEqualTo("bob@acme.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "{}", "[5]", "[{'op':'move','path':'active'}]", "[{'path':'active','value':1}]",
            "[{'op':'replace','path':'active'}]", "[{'op':'replace','value':false}]"})
    void malformedOperationsAreInvalidSyntax(String operations) {
        assertThatThrownBy(() -> ScimPatch.apply(user(), patch(operations), ScimContract.SCHEMA_USER))
                .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.error()).isEqualTo(ScimError.INVALID_SYNTAX));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{'op':'remove'}]", "[{'op':'replace','path':'a b','value':1}]",
            "[{'op':'remove','path':'members[value co \\'x\\']'}]", "[{'op':'replace','path':'name..x','value':1}]"})
    void badPathsAreInvalidPath(String operations) {
        assertThatThrownBy(() -> ScimPatch.apply(user(), patch(operations.replace("\\'", "\\\"")), ScimContract.SCHEMA_USER))
                .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.error()).isEqualTo(ScimError.INVALID_PATH));
    }

    @Test
    void tooManyOperationsAreRefused() throws Exception {
        String one = "{'op':'replace','path':'active','value':true}";
        String many = "[" + String.join(",", java.util.Collections.nCopies(ScimContract.MAX_PATCH_OPERATIONS + 1, one)) + "]";
        assertThatThrownBy(() -> ScimPatch.apply(user(), patch(many), ScimContract.SCHEMA_USER))
                .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.error()).isEqualTo(ScimError.TOO_MANY_OPERATIONS));
    }
}
