package dev.teamsso.providers.contract.check;

import dev.teamsso.providers.contract.check.IssuerMetadata;
import dev.teamsso.providers.contract.OutboundUrlRule;
import dev.teamsso.providers.contract.OutboundUrlRule.Reason;
import dev.teamsso.providers.contract.OutboundUrlRule.Refusal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link OutboundUrlRule} applied to a team: the issuer before its discovery document is
 * read, then every endpoint the document names (authorization, token, JWKS, userinfo, end
 * session) before the client secret is sent anywhere or anything is saved.
 */
final class OutboundCheck {

    static final String ALLOW_LOOPBACK = "--allow-loopback-issuer";

    private final OutboundUrlRule rule;

    OutboundCheck(OutboundUrlRule rule) {
        this.rule = rule;
    }

    boolean allowsLoopback() {
        return rule.allowsLoopback();
    }

    /** The issuer itself; a host that does not resolve is tolerated when {@code offline}. */
    Optional<Problem> issuer(String issuer, boolean offline) {
        return rule.checkIssuer(URI.create(issuer))
                .filter(refusal -> !(offline && refusal.reason() == Reason.UNRESOLVABLE))
                .map(refusal -> problem("the issuer '" + issuer + "'", refusal));
    }

    /** Every endpoint of the discovery document; all problems at once. */
    List<Problem> endpoints(IssuerMetadata metadata) {
        URI issuer = URI.create(metadata.issuer());
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, URI> endpoint : metadata.endpoints().entrySet()) {
            rule.check(endpoint.getValue(), issuer).ifPresent(refusal -> problems.add(problem(
                    "the discovery document's " + endpoint.getKey() + " '" + endpoint.getValue() + "'", refusal)));
        }
        return problems;
    }

    private Problem problem(String what, Refusal refusal) {
        String devHint = rule.allowsLoopback() ? "" : " (an Okta stand-in on this machine needs " + ALLOW_LOOPBACK + ", dev and demo only)";
        return switch (refusal.reason()) {
            case NOT_A_URL -> new Problem(Field.ISSUER, what + " is not an https URL with a host and no user info",
                    "check the Issuer with the customer; this is not an Okta discovery document");
            case NOT_HTTPS -> new Problem(Field.ISSUER, what + " uses plain HTTP",
                    "every endpoint of a team's Okta must be HTTPS; check the Issuer with the customer" + devHint);
            case OTHER_HOST -> new Problem(Field.ISSUER, what + " is on another host or port (" + refusal.detail()
                    + ") than the issuer", "Okta serves every endpoint on the issuer's own host; check the Issuer with the"
                            + " customer (endpoints elsewhere are never called, so no secret or code goes there)");
            case UNRESOLVABLE -> new Problem(Field.ISSUER, what + ": host " + refusal.detail() + " does not resolve",
                    "check the Issuer's spelling, or add --skip-checks if this machine has no DNS for it");
            case NOT_PUBLIC -> new Problem(Field.ISSUER, what + " is not on a public address: " + refusal.detail(),
                    "a team's Okta must be on the internet; the tool and Keycloak never call private, loopback or"
                            + " link-local addresses for it" + devHint);
        };
    }
}
