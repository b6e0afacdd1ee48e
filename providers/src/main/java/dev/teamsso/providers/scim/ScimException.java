package dev.teamsso.providers.scim;

/** A request the SCIM service refuses with one of the fixed {@link ScimError}s; an answer, not a fault. */
final class ScimException extends RuntimeException {

    private final ScimError error;

    ScimException(ScimError error) {
        super(error.name(), null, false, false);
        this.error = error;
    }

    ScimError error() {
        return error;
    }
}
