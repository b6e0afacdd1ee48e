package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one filter form Okta sends, {@code <attribute> eq "<value>"} (RFC 7644 §3.4.2.2): the
 * attribute name compared case-insensitively with the supported ones and returned in their
 * spelling, the value a JSON string. Anything else is {@link ScimError#INVALID_FILTER}.
 */
record ScimFilter(String attribute, String value) {

    private static final Pattern EQ = Pattern.compile(
            "^\\s*([A-Za-z][A-Za-z0-9_.:-]*)\\s+[eE][qQ]\\s+(\"(?:[^\"\\\\]|\\\\.)*\")\\s*$");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The filter, or null when {@code raw} is null or blank (no filter). */
    static ScimFilter parse(String raw, Collection<String> attributes) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > ScimContract.MAX_FILTER_LENGTH) {
            throw new ScimException(ScimError.INVALID_FILTER);
        }
        Matcher matcher = EQ.matcher(raw);
        if (!matcher.matches()) {
            throw new ScimException(ScimError.INVALID_FILTER);
        }
        String attribute = attributes.stream()
                .filter(known -> known.toLowerCase(Locale.ROOT).equals(matcher.group(1).toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new ScimException(ScimError.INVALID_FILTER));
        return new ScimFilter(attribute, decode(matcher.group(2)));
    }

    private static String decode(String quoted) {
        try {
            JsonNode node = JSON.readTree(quoted);
            if (node == null || !node.isTextual()) {
                throw new ScimException(ScimError.INVALID_FILTER);
            }
            return node.textValue();
        } catch (IOException e) {
            throw new ScimException(ScimError.INVALID_FILTER);
        }
    }
}
