package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;
import dev.teamsso.providers.team.Team;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * The account a team's SCIM client made for a person signing in through the team's Okta for the
 * first time: by {@code externalId} = the ID token's {@code sub} when SCIM sent an externalId,
 * otherwise by {@code userName} = {@code preferred_username} (case-insensitive). Only an account
 * of this team, made by this team's SCIM, a member of the team, and with no identity-provider
 * link yet; never by email, never across teams.
 */
public final class ProvisionedAccounts {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Team team;

    public ProvisionedAccounts(KeycloakSession session, Team team) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.team = team;
    }

    public Optional<UserModel> forFirstSignIn(String subject, String preferredUsername) {
        Optional<UserModel> byExternalId = subject == null ? Optional.empty()
                : find(ScimContract.USER_SCIM_EXTERNAL_ID, subject, user -> true);
        if (byExternalId.isPresent() || preferredUsername == null || preferredUsername.isBlank()) {
            return byExternalId;
        }
        return find(ScimContract.USER_SCIM_USER_NAME_KEY, ScimUserInput.key(team.id(), preferredUsername),
                user -> user.getFirstAttribute(ScimContract.USER_SCIM_EXTERNAL_ID) == null);
    }

    private Optional<UserModel> find(String attribute, String value, Predicate<UserModel> rule) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        try (Stream<UserModel> found = session.users().searchForUserByUserAttributeStream(realm, attribute, value)) {
            return found
                    .filter(user -> team.id().equals(user.getFirstAttribute(ScimContract.USER_SCIM_TEAM)))
                    .filter(user -> organizations.isManagedMember(team.organization(), user))
                    .filter(rule)
                    .filter(this::hasNoLink)
                    .findFirst();
        }
    }

    private boolean hasNoLink(UserModel user) {
        try (Stream<?> links = session.users().getFederatedIdentitiesStream(realm, user)) {
            return links.findAny().isEmpty();
        }
    }
}
