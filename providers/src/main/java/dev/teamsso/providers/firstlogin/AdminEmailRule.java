package dev.teamsso.providers.firstlogin;

import java.util.Optional;

/**
 * Who becomes team admin on first sign-in: the verified owner of the team's admin email, once
 * per team and admin email. Emails are compared after ASCII-only case folding; an email with
 * any non-ASCII character never matches.
 */
final class AdminEmailRule {

    private AdminEmailRule() {
    }

    static boolean grantsAdmin(String adminEmail, String signedInEmail, boolean emailVerified) {
        Optional<String> wanted = normalized(adminEmail);
        return emailVerified && wanted.isPresent() && wanted.equals(normalized(signedInEmail));
    }

    /**
     * Whether the grant is still open: nobody has been made admin for this admin email yet
     * ({@code grantedFor} is the normalized email of the last grant, or null).
     */
    static boolean stillOpen(String adminEmail, String grantedFor) {
        return grantedFor == null || !normalized(adminEmail).map(grantedFor::equals).orElse(false);
    }

    /** The email trimmed and ASCII-folded; empty for null, blank or non-ASCII emails. */
    static Optional<String> normalized(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return AsciiCase.fold(email.trim());
    }
}
