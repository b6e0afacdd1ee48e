package dev.teamsso.providers.firstlogin;

import java.util.Locale;

/** Who becomes team admin on first sign-in: the verified owner of the team's admin email. */
final class AdminEmailRule {

    private AdminEmailRule() {
    }

    static boolean grantsAdmin(String adminEmail, String signedInEmail, boolean emailVerified) {
        if (!emailVerified || adminEmail == null || signedInEmail == null) {
            return false;
        }
        String wanted = adminEmail.trim().toLowerCase(Locale.ROOT);
        return !wanted.isEmpty() && wanted.equals(signedInEmail.trim().toLowerCase(Locale.ROOT));
    }
}
