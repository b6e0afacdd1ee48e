package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
import dev.teamsso.providers.contract.AccountName;
import dev.teamsso.providers.team.AccountActivation;
import dev.teamsso.providers.team.AccountSessions;
import dev.teamsso.providers.team.Team;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Creates and changes a team's accounts from SCIM input. A new account is a managed member of
 * the team, named by the team's scheme ({@link AccountName}) on its {@code externalId} (Okta's
 * user ID, the ID token's {@code sub}) or else its {@code userName}, and marked as made by this
 * team's SCIM. Deactivation disables the account and ends all its sessions
 * ({@link AccountSessions#endAll}); reactivation enables the same account, role unchanged.
 */
final class ScimUserWriter {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Team team;

    ScimUserWriter(KeycloakSession session, Team team) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.team = team;
    }

    /** A new account, or null when the team-scheme username is taken already. */
    UserModel create(ScimUserInput input) {
        String username = AccountName.of(team.id(), input.externalId() != null ? input.externalId() : input.userName());
        if (session.users().getUserByUsername(realm, username) != null) {
            return null;
        }
        UserModel user = session.users().addUser(realm, username);
        user.setEnabled(true);
        user.setSingleAttribute(ScimContract.USER_SCIM_TEAM, team.id());
        session.getProvider(OrganizationProvider.class).addManagedMember(team.organization(), user);
        write(user, input);
        return user;
    }

    /** Stores every attribute of {@code input} on {@code user}, {@code active} included. */
    void write(UserModel user, ScimUserInput input) {
        user.setSingleAttribute(ScimContract.USER_SCIM_USER_NAME, input.userName());
        user.setSingleAttribute(ScimContract.USER_SCIM_USER_NAME_KEY, ScimUserInput.key(team.id(), input.userName()));
        if (input.externalId() != null) {
            user.setSingleAttribute(ScimContract.USER_SCIM_EXTERNAL_ID, input.externalId());
        } else {
            user.removeAttribute(ScimContract.USER_SCIM_EXTERNAL_ID);
        }
        user.setFirstName(input.givenName());
        user.setLastName(input.familyName());
        user.setEmail(input.email());
        user.setSingleAttribute(ScimContract.USER_SCIM_MODIFIED, Long.toString(Time.currentTimeMillis()));
        setActive(user, input.active());
    }

    /** Deactivates (disables, signs out everywhere) or reactivates; nothing when already so. */
    void setActive(UserModel user, boolean active) {
        AccountActivation.set(session, team, user, active, "scim");
    }
}
