package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A PATCH path: {@code attr}, {@code attr.sub}, {@code attr[filter]} or {@code attr[filter].sub}. */
record ScimPath(String attribute, ScimFilter filter, String subAttribute) {

    private static final List<String> ELEMENT_ATTRIBUTES = List.of("value", "type", "display", "primary");
    private static final Pattern FORM = Pattern.compile(
            "^([A-Za-z][A-Za-z0-9_-]*)(?:\\[(.+)])?(?:\\.([A-Za-z][A-Za-z0-9_-]*))?$");

    static ScimPath parse(String path) {
        Matcher matcher = FORM.matcher(path);
        if (path.length() > ScimContract.MAX_FILTER_LENGTH || !matcher.matches()) {
            throw new ScimException(ScimError.INVALID_PATH);
        }
        ScimFilter filter;
        try {
            filter = matcher.group(2) == null ? null : ScimFilter.parse(matcher.group(2), ELEMENT_ATTRIBUTES);
        } catch (ScimException e) {
            throw new ScimException(ScimError.INVALID_PATH);
        }
        return new ScimPath(matcher.group(1), filter, matcher.group(3));
    }
}
