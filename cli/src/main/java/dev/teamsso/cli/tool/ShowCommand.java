package dev.teamsso.cli.tool;

import dev.teamsso.cli.TeamListing;
import dev.teamsso.cli.TeamDirectory;
import dev.teamsso.providers.contract.TeamSetting;
import dev.teamsso.providers.contract.TeamSettings;
import dev.teamsso.providers.contract.TeamId;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teams show TEAM}: one team, without its secret. */
@Command(name = "show", description = "Show one team, or a pending one (invite) with its set-up state and its link's"
        + " expiry. Never shows its client secret or its link.")
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = TeamArgument.LABEL, description = "the Team ID")
    String team;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        TeamId teamId = TeamArgument.parse(team);
        Shown shown = AdminSession.run(connection, realm -> {
            TeamDirectory directory = new TeamDirectory(realm);
            return directory.find(teamId)
                    .map(found -> new Shown(found, directory.memberCount(found.organizationId())))
                    .orElseThrow(() -> TeamArgument.notFound(teamId, connection));
        });
        TeamListing found = shown.team();
        PrintWriter out = spec.commandLine().getOut();
        Table table = new Table("team:", found.teamId());
        table.row("status:", found.status() + " (organization " + enabled(found.organizationEnabled()) + ", identity provider "
                + (found.identityProvider() ? enabled(found.identityProviderEnabled()) : "missing") + ")");
        if (found.pending() != null) {
            table.row("set-up:", found.pending().stateText() + "; " + found.pending().linkText(Instant.now())
                    + " (the link is never shown; 'teams invite' again issues a new one)");
        }
        for (TeamSetting setting : TeamSetting.values()) {
            setting.label().ifPresent(label -> table.row(label + ":", shown(found.settings(), setting)));
        }
        table.row("issuer:", found.issuer());
        table.row("client ID:", found.clientId());
        table.row("client secret:", found.identityProvider() ? "stored in Keycloak, never shown"
                + (found.secretFingerprint() == null ? "" : " (fingerprint " + found.secretFingerprint() + ")") : null);
        table.row("members:", shown.members());
        table.row("organization ID:", found.organizationId());
        table.print(out);
        return ExitCode.OK;
    }

    private static String enabled(boolean enabled) {
        return enabled ? "enabled" : "disabled";
    }

    /** The value, or the default in words ({@code team (default)}); null (shown as {@code -}) when there is none. */
    private static String shown(TeamSettings settings, TeamSetting setting) {
        return settings.value(setting).orElseGet(() -> setting.defaultText().equals("none") ? null
                : setting.defaultText().replace("`", "") + " (default)");
    }

    private record Shown(TeamListing team, String members) {
    }
}
