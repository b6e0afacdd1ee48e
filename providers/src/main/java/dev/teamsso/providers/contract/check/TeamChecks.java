package dev.teamsso.providers.contract.check;

import dev.teamsso.providers.contract.check.IssuerMetadata;
import dev.teamsso.providers.contract.OutboundUrlRule;
import dev.teamsso.providers.contract.TeamId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every check a team's five values pass before anything is saved. The offline ones (Team ID,
 * issuer URL, client ID and secret present, email syntax) always run and all report at once;
 * the online ones (the issuer's discovery document names the same issuer, every endpoint it names
 * passes the {@link OutboundUrlRule}, the token endpoint accepts the client ID and secret) run
 * after them unless skipped. The issuer itself passes the rule before anything is fetched.
 */
public final class TeamChecks {

    /** What {@code --skip-checks} leaves out, as printed. */
    public static final List<String> SKIPPED_WHEN_OFFLINE = List.of(
            "the issuer's discovery document (reachable, names the same issuer); endpoints assumed from Okta's layout",
            "the client ID and secret against the issuer's token endpoint");

    /** The flag of the dev and demo allowance: an issuer on this machine over plain HTTP. */
    public static final String ALLOW_LOOPBACK = OutboundCheck.ALLOW_LOOPBACK;

    private final boolean online;
    private final OutboundCheck outbound;

    private TeamChecks(boolean online, OutboundUrlRule rule) {
        this.online = online;
        this.outbound = new OutboundCheck(rule);
    }

    /** All checks, reaching the issuer; HTTPS and public addresses only. */
    public static TeamChecks online() {
        return online(OutboundUrlRule.strict());
    }

    /** All checks, reaching the issuer, under this rule ({@link OutboundUrlRule#allowingLoopback()} for dev). */
    public static TeamChecks online(OutboundUrlRule rule) {
        return new TeamChecks(true, rule);
    }

    /** The offline checks only ({@code --skip-checks}). */
    public static TeamChecks offline() {
        return offline(OutboundUrlRule.strict());
    }

    /** The offline checks only, under this rule. */
    public static TeamChecks offline(OutboundUrlRule rule) {
        return new TeamChecks(false, rule);
    }

    /** The registration and its issuer's endpoints, or every problem found. */
    public Checked check(TeamValues values) throws InvalidTeamException {
        List<Problem> problems = offlineProblems(values, outbound.allowsLoopback());
        if (!problems.isEmpty()) {
            throw new InvalidTeamException(problems);
        }
        Optional<Problem> issuerTarget = outbound.issuer(values.issuer(), !online);
        if (issuerTarget.isPresent()) {
            throw new InvalidTeamException(List.of(issuerTarget.get()));
        }
        if (!online) {
            return new Checked(values, OktaEndpoints.assumedFor(values.issuer()), SKIPPED_WHEN_OFFLINE);
        }
        IssuerMetadata issuer = discover(values.issuer());
        List<Problem> endpoints = outbound.endpoints(issuer);
        if (!endpoints.isEmpty()) {
            throw new InvalidTeamException(endpoints);
        }
        Optional<Problem> credentials = ClientCredentialsCheck.check(issuer.tokenEndpoint(), values.clientId(), values.clientSecret());
        if (credentials.isPresent()) {
            throw new InvalidTeamException(List.of(credentials.get()));
        }
        return new Checked(values, issuer, List.of());
    }

    /** The Team ID's format alone, for commands that take a Team ID. */
    public static Optional<Problem> teamIdProblem(String teamId) {
        return TeamIdCheck.check(teamId);
    }

    /**
     * The Team ID and admin-email checks alone, exactly as {@link #check} runs them, for a command
     * that has only these two values ({@code teams invite}); every problem found, empty when both pass.
     */
    public static List<Problem> teamIdAndAdminEmailProblems(String teamId, String adminEmail) {
        List<Problem> problems = new ArrayList<>();
        TeamIdCheck.check(teamId).ifPresent(problems::add);
        AdminEmailCheck.check(adminEmail).ifPresent(problems::add);
        return problems;
    }

    static List<Problem> offlineProblems(TeamValues values, boolean allowLoopback) {
        List<Problem> problems = new ArrayList<>();
        TeamIdCheck.check(values.teamId()).ifPresent(problems::add);
        IssuerUrlCheck.check(values.issuer(), allowLoopback).ifPresent(problems::add);
        present(Field.CLIENT_ID, values.clientId(), "give the Client ID from the customer's Okta app").ifPresent(problems::add);
        present(Field.CLIENT_SECRET, values.clientSecret(), "give the Client Secret from the customer's Okta app").ifPresent(problems::add);
        AdminEmailCheck.check(values.adminEmail()).ifPresent(problems::add);
        return problems;
    }

    private static Optional<Problem> present(Field field, String value, String fix) {
        if (value == null || value.isEmpty()) {
            return Optional.of(new Problem(field, "missing", fix));
        }
        if (!value.strip().equals(value) || value.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of(new Problem(field, "contains spaces or line breaks", "paste the value again without them"));
        }
        return Optional.empty();
    }

    private static IssuerMetadata discover(String issuer) throws InvalidTeamException {
        IssuerMetadata advertised;
        try {
            advertised = IssuerMetadata.fetch(issuer);
        } catch (IssuerMetadata.IssuerDiscoveryException e) {
            throw new InvalidTeamException(List.of(new Problem(Field.ISSUER,
                    "could not read the discovery document of '" + issuer + "': " + e.reason(),
                    "check the Issuer with the customer (it must serve " + issuer.replaceAll("/$", "")
                            + "/.well-known/openid-configuration), or add --skip-checks if this machine cannot reach it")));
        }
        if (!advertised.issuer().equals(issuer)) {
            throw new InvalidTeamException(List.of(OktaIssuerSlips.issuerMismatch(issuer, advertised.issuer())));
        }
        return advertised;
    }

    /** Values that passed: the values to save and the issuer's endpoints; what was skipped. */
    public record Checked(TeamValues values, IssuerMetadata issuer, List<String> skipped) {

        /** The Team ID, known to be valid. */
        public TeamId teamId() {
            return new TeamId(values.teamId());
        }
    }
}
