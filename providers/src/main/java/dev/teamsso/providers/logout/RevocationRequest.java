package dev.teamsso.providers.logout;

import dev.teamsso.providers.contract.LogoutContract;
import com.fasterxml.jackson.databind.JsonNode;
import dev.teamsso.providers.JsonBody;

/**
 * The request body: {@code application/json}, one object with exactly one of
 * {@value LogoutContract#FIELD_SUB_ID} (the draft's name) and {@value LogoutContract#FIELD_SUBJECT}
 * (Okta's guide), an object whose {@code format} is {@value LogoutContract#FORMAT_ISS_SUB}
 * (non-blank string {@code iss} and {@code sub}) or {@value LogoutContract#FORMAT_EMAIL}
 * (a string {@code email} with an {@code @}). Other members are ignored; anything else, including
 * another format, is {@link RevocationError#INVALID_REQUEST}.
 */
final class RevocationRequest {

    private RevocationRequest() {
    }

    static RevocationSubject parse(String contentType, String body) {
        if (!JsonBody.isJson(contentType) || body == null || body.length() > LogoutContract.MAX_BODY_LENGTH) {
            throw invalid();
        }
        JsonNode request = JsonBody.object(body).orElseThrow(RevocationRequest::invalid);
        JsonNode subId = request.get(LogoutContract.FIELD_SUB_ID);
        JsonNode subject = request.get(LogoutContract.FIELD_SUBJECT);
        if ((subId == null) == (subject == null)) {
            throw invalid();
        }
        return subjectOf(subId != null ? subId : subject);
    }

    private static RevocationSubject subjectOf(JsonNode identifier) {
        if (!identifier.isObject()) {
            throw invalid();
        }
        String format = text(identifier, LogoutContract.FIELD_FORMAT);
        if (LogoutContract.FORMAT_ISS_SUB.equals(format)) {
            return RevocationSubject.issSub(text(identifier, LogoutContract.FIELD_ISS), text(identifier, LogoutContract.FIELD_SUB));
        }
        if (LogoutContract.FORMAT_EMAIL.equals(format)) {
            String email = text(identifier, LogoutContract.FIELD_EMAIL);
            int at = email.indexOf('@');
            if (at <= 0 || at == email.length() - 1) {
                throw invalid();
            }
            return RevocationSubject.email(email);
        }
        throw invalid();
    }

    /** A member that is a string with something besides white space in it. */
    private static String text(JsonNode identifier, String name) {
        JsonNode value = identifier.get(name);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw invalid();
        }
        return value.textValue();
    }

    private static RevocationException invalid() {
        return new RevocationException(RevocationError.INVALID_REQUEST);
    }
}
