package dev.teamsso.cli.tool;

import dev.teamsso.providers.contract.check.TeamChecks;
import dev.teamsso.providers.contract.OutboundUrlRule;
import picocli.CommandLine.Option;

/** The flags {@code add} and {@code import} share: which checks run, and what an existing team may undergo. */
final class SavingOptions {

    static final String SKIP_CHECKS = "--skip-checks";
    static final String ALLOW_LOOPBACK = TeamChecks.ALLOW_LOOPBACK;
    static final String UPDATE = "--update";
    static final String REISSUE = "--reissue";

    @Option(names = SKIP_CHECKS, description = "do not reach the issuer (offline set-ups); prints what it skipped")
    boolean skipChecks;

    @Option(names = ALLOW_LOOPBACK, description = "dev and demo only: accept an issuer on this machine over plain HTTP"
            + " (an Okta stand-in on http://localhost); private and link-local addresses stay refused"
            + " (env TEAMS_ALLOW_LOOPBACK_ISSUER=true)")
    boolean allowLoopback;

    @Option(names = UPDATE, description = "change a team that exists (prints the differences first); without it an"
            + " existing team is refused and nothing changes")
    boolean update;

    @Option(names = REISSUE, description = "with a new issuer: retire every account of the team (disabled, unlinked,"
            + " signed out, deleted) so nothing of theirs is inherited; implies " + UPDATE)
    boolean reissue;

    TeamChecks checks() {
        OutboundUrlRule rule = allowLoopback ? OutboundUrlRule.allowingLoopback() : OutboundUrlRule.strict();
        return skipChecks ? TeamChecks.offline(rule) : TeamChecks.online(rule);
    }

    boolean mayUpdate() {
        return update || reissue;
    }
}
