package dev.teamsso.providers.logout;

import dev.teamsso.providers.contract.LogoutContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RevocationRequestTest {

    private static final String JSON = "application/json";

    @Test
    void issSubUnderSubIdOrSubject() {
        String inner = "{\"format\":\"iss_sub\",\"iss\":\"https://acme.okta.com\",\"sub\":\"00u1\"}";
        RevocationSubject viaSubId = RevocationRequest.parse(JSON, "{\"sub_id\":" + inner + "}");
        RevocationSubject viaSubject = RevocationRequest.parse("application/json; charset=utf-8", "{\"subject\":" + inner + "}");

        assertThat(viaSubId).isEqualTo(RevocationSubject.issSub("https://acme.okta.com", "00u1"));
        assertThat(viaSubject).isEqualTo(viaSubId);
        assertThat(viaSubId.loggable()).isEqualTo("00u1");
    }

    @Test
    void emailSubjectsAreNeverLogged() {
        RevocationSubject subject = RevocationRequest.parse(JSON,
                "{\"sub_id\":{\"format\":\"email\",\"email\":\"Alice@Acme.example\"},\"extra\":1}");

        assertThat(subject).isEqualTo(RevocationSubject.email("Alice@Acme.example"));
        assertThat(subject.loggable()).isEqualTo("-");
        assertThat(subject.toString()).doesNotContain("Alice");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", " ", "null", "[]", "\"x\"", "{", "{}", "{\"sub_id\":null}", "{\"sub_id\":\"00u1\"}",
            "{\"sub_id\":{}}", "{\"sub_id\":{\"format\":\"opaque\",\"id\":\"00u1\"}}",
            "{\"sub_id\":{\"format\":\"ISS_SUB\",\"iss\":\"i\",\"sub\":\"s\"}}",
            "{\"sub_id\":{\"format\":\"iss_sub\",\"iss\":\"i\"}}",
            "{\"sub_id\":{\"format\":\"iss_sub\",\"iss\":\"i\",\"sub\":\" \"}}",
            "{\"sub_id\":{\"format\":\"iss_sub\",\"iss\":1,\"sub\":\"s\"}}",
            "{\"sub_id\":{\"format\":\"email\"}}",
            "{\"sub_id\":{\"format\":\"email\",\"email\":\"alice\"}}",
            "{\"sub_id\":{\"format\":\"email\",\"email\":\"@acme.example\"}}",
            "{\"sub_id\":{\"format\":\"email\",\"email\":\"alice@\"}}",
            "{\"sub_id\":{\"format\":\"email\",\"email\":\"a@b\"},\"subject\":{\"format\":\"email\",\"email\":\"a@b\"}}",
            "{\"sub_id\":{\"format\":\"email\",\"email\":\"a@b\"},\"sub_id\":{\"format\":\"email\",\"email\":\"c@d\"}}",
            "{\"sub_id\":{\"format\":\"email\",\"email\":\"a@b\"}} trailing"
    })
    void malformedBodiesAndUnknownFormatsAreInvalidRequests(String body) {
        assertThatThrownBy(() -> RevocationRequest.parse(JSON, body))
                .isInstanceOfSatisfying(RevocationException.class,
                        e -> assertThat(e.error()).isEqualTo(RevocationError.INVALID_REQUEST));
    }

    @Test
    void theBodyMustBeJsonAndSmall() {
        String body = "{\"sub_id\":{\"format\":\"email\",\"email\":\"a@b\"}}";
        for (String contentType : new String[] {null, "text/plain", "application/x-www-form-urlencoded"}) {
            assertThatThrownBy(() -> RevocationRequest.parse(contentType, body)).isInstanceOf(RevocationException.class);
        }
        String huge = "{\"pad\":\"" + "x".repeat(LogoutContract.MAX_BODY_LENGTH) + "\",\"sub_id\":{\"format\":\"email\",\"email\":\"a@b\"}}";
        assertThatThrownBy(() -> RevocationRequest.parse(JSON, huge)).isInstanceOf(RevocationException.class);
        assertThatThrownBy(() -> RevocationRequest.parse(JSON, null)).isInstanceOf(RevocationException.class);
    }

    @Test
    void errorBodiesAreFixedAndCarryTheStatusOktaExpects() {
        assertThat(RevocationError.INVALID_REQUEST.status()).isEqualTo(400);
        assertThat(RevocationError.INVALID_TOKEN.status()).isEqualTo(401);
        assertThat(RevocationError.ACCESS_DENIED.status()).isEqualTo(403);
        assertThat(RevocationError.UNKNOWN_SUBJECT.status()).isEqualTo(404);
        assertThat(RevocationError.REVOCATION_FAILED.status()).isEqualTo(422);
        assertThat(RevocationError.INVALID_TOKEN.body()).containsEntry("error", "invalid_token").containsKey("error_description");
    }
}
