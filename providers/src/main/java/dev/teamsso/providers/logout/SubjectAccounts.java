package dev.teamsso.providers.logout;

import dev.teamsso.providers.team.Team;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.keycloak.models.FederatedIdentityModel;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * The team's own accounts that a subject names. {@code iss_sub}: {@code iss} must be the team's
 * issuer exactly, and the account is the one linked to the team's IdP with exactly that Okta
 * {@code sub} (the link the broker made at first sign-in; never matched by email or username).
 * {@code email}: every member of the team with that email (one email may have several accounts
 * in a team). Accounts of other teams and local accounts are never returned.
 */
final class SubjectAccounts {

    /** More accounts than this with one email in one team is not a real team. */
    private static final int MAX_EMAIL_MATCHES = 100;

    private final KeycloakSession session;

    SubjectAccounts(KeycloakSession session) {
        this.session = session;
    }

    List<UserModel> of(Team team, RevocationSubject subject) {
        Stream<UserModel> candidates = subject.isEmail() ? byEmail(subject.email()) : byOktaLink(team, subject);
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        return candidates.filter(user -> organizations.isMember(team.organization(), user)).toList();
    }

    private Stream<UserModel> byOktaLink(Team team, RevocationSubject subject) {
        IdentityProviderModel idp = team.identityProvider();
        if (!subject.issuer().equals(idp.getConfig().get(IdentityProviderModel.ISSUER))) {
            return Stream.empty();
        }
        RealmModel realm = session.getContext().getRealm();
        UserModel user = session.users().getUserByFederatedIdentity(realm,
                new FederatedIdentityModel(idp.getAlias(), subject.subject(), null));
        if (user == null) {
            return Stream.empty();
        }
        FederatedIdentityModel link = session.users().getFederatedIdentity(realm, user, idp.getAlias());
        return link != null && subject.subject().equals(link.getUserId()) ? Stream.of(user) : Stream.empty();
    }

    private Stream<UserModel> byEmail(String email) {
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        return session.users().searchForUserStream(session.getContext().getRealm(),
                        Map.of(UserModel.EMAIL, normalized, UserModel.EXACT, Boolean.TRUE.toString()), 0, MAX_EMAIL_MATCHES)
                .filter(user -> normalized.equals(user.getEmail()));
    }
}
