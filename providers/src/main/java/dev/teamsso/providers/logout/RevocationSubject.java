package dev.teamsso.providers.logout;

import dev.teamsso.providers.contract.LogoutContract;

/**
 * Who is to be logged out, as the request names them (RFC 9493 subject identifier): either
 * {@value LogoutContract#FORMAT_ISS_SUB} with {@code issuer} and {@code subject}, or
 * {@value LogoutContract#FORMAT_EMAIL} with {@code email}; the other fields are null.
 */
record RevocationSubject(String format, String issuer, String subject, String email) {

    static RevocationSubject issSub(String issuer, String subject) {
        return new RevocationSubject(LogoutContract.FORMAT_ISS_SUB, issuer, subject, null);
    }

    static RevocationSubject email(String email) {
        return new RevocationSubject(LogoutContract.FORMAT_EMAIL, null, null, email);
    }

    boolean isEmail() {
        return LogoutContract.FORMAT_EMAIL.equals(format);
    }

    /** What the audit line may show: the Okta user ID, never an email. */
    String loggable() {
        return isEmail() ? "-" : subject;
    }

    @Override
    public String toString() {
        return format + ":" + loggable();
    }
}
