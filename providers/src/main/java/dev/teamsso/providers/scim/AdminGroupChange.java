package dev.teamsso.providers.scim;

import java.util.HashSet;
import java.util.Set;

/**
 * What a change of one pushed group means for team roles, when the team names an admin group
 * ({@code --admin-group}, compared case-insensitively): members who end up in the admin group
 * and were not in it become {@code admin}; members who were in it and are no longer (removed,
 * group renamed away or deleted) become {@code member}. Every other group carries no role.
 */
record AdminGroupChange(Set<String> grant, Set<String> revoke) {

    static AdminGroupChange of(String adminGroup, String nameBefore, Set<String> membersBefore,
                               String nameAfter, Set<String> membersAfter) {
        Set<String> before = isAdminGroup(adminGroup, nameBefore) ? membersBefore : Set.of();
        Set<String> after = isAdminGroup(adminGroup, nameAfter) ? membersAfter : Set.of();
        Set<String> grant = new HashSet<>(after);
        grant.removeAll(before);
        Set<String> revoke = new HashSet<>(before);
        revoke.removeAll(after);
        return new AdminGroupChange(Set.copyOf(grant), Set.copyOf(revoke));
    }

    static boolean isAdminGroup(String adminGroup, String name) {
        return adminGroup != null && name != null && adminGroup.strip().equalsIgnoreCase(name.strip());
    }
}
