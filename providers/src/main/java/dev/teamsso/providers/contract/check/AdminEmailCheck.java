package dev.teamsso.providers.contract.check;

import java.util.Optional;
import java.util.regex.Pattern;

/** The admin email's syntax: one {@code @}, a dotted domain, no spaces. */
final class AdminEmailCheck {

    private static final Pattern SYNTAX = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private AdminEmailCheck() {
    }

    static Optional<Problem> check(String email) {
        if (email == null || email.isEmpty()) {
            return Optional.of(new Problem(Field.ADMIN_EMAIL, "missing",
                    "give the email of the person who becomes team admin on first sign-in"));
        }
        if (SYNTAX.matcher(email).matches()) {
            return Optional.empty();
        }
        String trimmed = email.strip();
        String fix = !trimmed.equals(email) && SYNTAX.matcher(trimmed).matches()
                ? "remove the spaces: " + Field.ADMIN_EMAIL.flag() + " " + trimmed
                : "give one address like it-admin@acme.com (the admin's Okta email)";
        return Optional.of(new Problem(Field.ADMIN_EMAIL, "'" + email + "' is not an email address", fix));
    }
}
