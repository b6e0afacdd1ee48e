package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A request body: {@code application/scim+json} or {@code application/json} (parameters such as
 * {@code charset} allowed), at most {@value ScimContract#MAX_BODY_BYTES} bytes (read no further:
 * a larger one is {@link ScimError#BODY_TOO_LARGE}), one JSON object.
 */
final class ScimBody {

    private ScimBody() {
    }

    static ObjectNode read(String contentType, InputStream body) {
        if (!isAccepted(contentType)) {
            throw new ScimException(ScimError.UNSUPPORTED_MEDIA_TYPE);
        }
        return ScimJson.parseObject(bytes(body));
    }

    static boolean isAccepted(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
        return type.equals(ScimContract.MEDIA_TYPE) || type.equals("application/json");
    }

    private static byte[] bytes(InputStream body) {
        if (body == null) {
            throw new ScimException(ScimError.INVALID_SYNTAX);
        }
        try {
            byte[] read = body.readNBytes(ScimContract.MAX_BODY_BYTES + 1);
            if (read.length > ScimContract.MAX_BODY_BYTES) {
                throw new ScimException(ScimError.BODY_TOO_LARGE);
            }
            return read;
        } catch (IOException e) {
            throw new ScimException(ScimError.INVALID_SYNTAX);
        }
    }
}
