package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScimUserInputTest {

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) new ObjectMapper().readTree(text.replace('\'', '"'));
    }

    @Test
    void readsOktasCreateUserBody() throws Exception {
        ScimUserInput input = ScimUserInput.parse(json("{'schemas':['" + ScimContract.SCHEMA_USER + "'],"
                + "'userName':'bob@acme.com','externalId':'00u1','name':{'givenName':'Bob','familyName':'Builder'},"
                + "'emails':[{'primary':false,'value':'b@home.example'},{'primary':true,'value':'bob@acme.com','type':'work'}],"
                + "'displayName':'Bob Builder','locale':'en-US','password':'ignored','active':true,"
                + "'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User':{'department':'R&D'}}"));

        assertThat(input).isEqualTo(new ScimUserInput("bob@acme.com", "00u1", "Bob", "Builder", "bob@acme.com", true));
    }

    @Test
    void onlyUserNameIsRequiredAndActiveDefaultsToTrue() throws Exception {
        assertThat(ScimUserInput.parse(json("{'userName':' ann '}")))
                .isEqualTo(new ScimUserInput("ann", null, null, null, null, true));
        assertThat(ScimUserInput.parse(json("{'userName':'ann','active':'False'}")).active()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{'userName':''}", "{'userName':5}", "{'userName':'a','active':'no'}",
            "{'userName':'a','emails':{}}", "{'userName':'a','emails':['x']}", "{'userName':'a','name':'Bob'}",
            "{'userName':'a','externalId':[]}"})
    void wrongTypesAreInvalidValues(String body) {
        assertThatThrownBy(() -> ScimUserInput.parse(json(body)))
                .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.error()).isEqualTo(ScimError.INVALID_VALUE));
    }

    @Test
    void overLongValuesAreRefused() {
        assertThatThrownBy(() -> ScimUserInput.parse(json("{'userName':'" + "a".repeat(256) + "'}")))
                .isInstanceOf(ScimException.class);
    }

    @Test
    void userNameKeysAreCaseInsensitiveAndTeamScoped() {
        assertThat(ScimUserInput.key("acme", " Bob@Acme.COM ")).isEqualTo("acme:bob@acme.com");
        assertThat(ScimUserInput.key("acme-eng", "bob@acme.com")).isNotEqualTo(ScimUserInput.key("acme", "bob@acme.com"));
    }
}
