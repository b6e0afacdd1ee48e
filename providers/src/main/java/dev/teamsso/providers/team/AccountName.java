package dev.teamsso.providers.team;

import java.util.Locale;

/**
 * The username of a team account: {@code <teamId>.<okta sub>}. Usernames are unique in the
 * realm while the same email may belong to accounts of several teams, and nobody can pick a
 * username that collides with a team account: Team IDs contain no dots.
 */
public final class AccountName {

    private AccountName() {
    }

    public static String of(String teamId, String subject) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("the identity provider sent no subject");
        }
        String safeSubject = subject.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@+-]", "_");
        return teamId + "." + safeSubject;
    }
}
