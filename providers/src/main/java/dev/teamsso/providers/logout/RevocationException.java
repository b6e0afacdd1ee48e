package dev.teamsso.providers.logout;

/** A refused revocation request, as one of the fixed {@link RevocationError}s; an answer, not a fault. */
final class RevocationException extends RuntimeException {

    private final RevocationError error;

    RevocationException(RevocationError error) {
        super(error.code(), null, false, false);
        this.error = error;
    }

    RevocationError error() {
        return error;
    }
}
