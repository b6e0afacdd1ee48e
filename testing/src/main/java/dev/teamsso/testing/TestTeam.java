package dev.teamsso.testing;

import dev.teamsso.providers.contract.check.IssuerMetadata;
import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.providers.contract.AccountName;
import dev.teamsso.providers.contract.TeamId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The one way tests and benchmarks make, change and remove a team: created as the {@code teams}
 * tool does (on the Okta stand-in, or on any upstream such as a hostile one), its accounts named
 * only by the one scheme ({@link AccountName}), and removed with every account it made.
 */
public final class TestTeam {

    private static final int MAX_ACCOUNTS = 100_000;

    private final TeamSsoStack stack;
    private final String teamId;

    private TestTeam(TeamSsoStack stack, String teamId) {
        this.stack = stack;
        this.teamId = teamId;
    }

    /** A new team whose Okta is the stand-in's issuer {@code issuerId} (see {@link TeamSsoStack#createTeam}). */
    public static TestTeam create(TeamSsoStack stack, String teamId, String issuerId, String adminEmail) {
        stack.createTeam(teamId, issuerId, adminEmail);
        return new TestTeam(stack, teamId);
    }

    /** A new team pointed at another upstream (a hostile one, a second Keycloak), checked by discovery first. */
    public static TestTeam onUpstream(TeamSsoStack stack, String teamId, String issuer, String clientId,
                                      String clientSecret, String adminEmail) {
        try {
            stack.provisioner().create(new TeamRegistration(new TeamId(teamId), issuer, clientId, clientSecret, adminEmail),
                    IssuerMetadata.discover(issuer));
        } catch (IssuerMetadata.IssuerDiscoveryException e) {
            throw new IllegalStateException(e);
        }
        return new TestTeam(stack, teamId);
    }

    /** A team made some other way (the {@code teams} tool, realm JSON, the demo), to look at or remove. */
    public static TestTeam of(TeamSsoStack stack, String teamId) {
        return new TestTeam(stack, teamId);
    }

    public String id() {
        return teamId;
    }

    /** The username of the account an Okta subject gets in this team. */
    public String username(String subject) {
        return AccountName.of(teamId, subject);
    }

    /** The Okta subject an account name of this team encodes; empty when it is not one of the team's names. */
    public Optional<String> subjectOf(String username) {
        return AccountName.subjectOf(teamId, username);
    }

    /** The account this Okta subject has in the team, if any (exact username match). */
    public Optional<UserRepresentation> account(String subject) {
        return stack.realm().users().search(username(subject), true).stream().findFirst();
    }

    /** Every account named as this team's ({@code <teamId>.<encoded sub>}), member of its Organization or not. */
    public List<UserRepresentation> accounts() {
        return stack.realm().users().search(teamId + ".", 0, MAX_ACCOUNTS).stream()
                .filter(user -> subjectOf(user.getUsername()).isPresent()).toList();
    }

    public OrganizationResource organization() {
        return stack.realm().organizations().get(organizationRepresentation().orElseThrow().getId());
    }

    /** Disables only the team's Organization (its identity provider stays enabled). */
    public void disableOrganization() {
        OrganizationRepresentation organization = organization().toRepresentation();
        organization.setEnabled(false);
        organization().update(organization).close();
    }

    /** Deletes every account of the team (by name, and every member of its Organization), then the team. */
    public void remove() {
        Set<String> accountIds = new LinkedHashSet<>();
        accounts().forEach(user -> accountIds.add(user.getId()));
        organizationRepresentation().ifPresent(org -> stack.realm().organizations().get(org.getId()).members()
                .list(0, MAX_ACCOUNTS).stream().map(MemberRepresentation::getId).forEach(accountIds::add));
        accountIds.forEach(id -> stack.realm().users().delete(id).close());
        stack.provisioner().remove(new TeamId(teamId));
    }

    private Optional<OrganizationRepresentation> organizationRepresentation() {
        return stack.provisioner().findOrganization(new TeamId(teamId));
    }
}
