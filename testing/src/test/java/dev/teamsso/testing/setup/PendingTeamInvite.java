package dev.teamsso.testing.setup;

import dev.teamsso.cli.tool.ExitCode;
import dev.teamsso.cli.tool.TeamsTool;
import dev.teamsso.providers.contract.TeamSettings;
import dev.teamsso.testing.TeamSsoStack;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * A pending team made by the real {@code bin/teams invite} ({@link TeamsTool}, run against the
 * test server as {@code InviteToolIT} runs it), so the set-up page's tests exercise the CLI's
 * invitation and the page together.
 *
 * @param link the set-up link exactly as the tool printed it (its last line)
 */
public record PendingTeamInvite(TeamSsoStack stack, String teamId, String organizationId, URI link) {

    /** {@code teams invite --team T --admin-email E --expires L}; {@code lifetime} in whole minutes, as the tool takes it. */
    public static PendingTeamInvite invite(TeamSsoStack stack, String teamId, String adminEmail, Duration lifetime) {
        String out = teams(stack, "invite", "--team", teamId, "--admin-email", adminEmail, "--expires", lifetime.toMinutes() + "m");
        String link = out.lines().reduce((first, second) -> second).orElseThrow();
        String organizationId = stack.realm().organizations().search(teamId, true, 0, 10, false).stream()
                .filter(org -> teamId.equals(org.getAlias())).findFirst().orElseThrow().getId();
        return new PendingTeamInvite(stack, teamId, organizationId, URI.create(link));
    }

    /**
     * An invitation whose link has already expired. The tool refuses a lifetime that is not in
     * the future ({@code --expires 0m}), so this invites for a minute, then moves the stored
     * expiry into the past through the admin API: the one thing here not done by the tool.
     */
    public static PendingTeamInvite expired(TeamSsoStack stack, String teamId, String adminEmail) {
        PendingTeamInvite invite = invite(stack, teamId, adminEmail, Duration.ofMinutes(1));
        OrganizationRepresentation organization = invite.organization();
        Map<String, List<String>> attributes = new HashMap<>(organization.getAttributes());
        attributes.put(TeamSettings.SETUP_EXPIRES_ATTRIBUTE, List.of(Instant.now().minusSeconds(1).toString()));
        organization.setAttributes(attributes);
        stack.realm().organizations().get(invite.organizationId()).update(organization).close();
        return invite;
    }

    /** Runs the {@code teams} tool against the test server; its standard output, or a failure with both streams. */
    private static String teams(TeamSsoStack stack, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--server", stack.keycloak().baseUrl(), "--realm", TeamSsoStack.REALM));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TeamsTool.run(Map.of(), new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        if (code != ExitCode.OK) {
            throw new IllegalStateException("teams " + String.join(" ", args) + " exited " + code + ": " + out + err);
        }
        return out.toString();
    }

    /** The link's token, its last path segment. */
    public String token() {
        String path = link.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public OrganizationRepresentation organization() {
        return stack.realm().organizations().get(organizationId).toRepresentation();
    }

    /** {@code teams invite --revoke T}: the link ends and the pending team goes. */
    void revoke() {
        teams(stack, "invite", "--revoke", teamId);
    }

    public String state() {
        List<String> state = organization().getAttributes().get(TeamSettings.SETUP_STATE_ATTRIBUTE);
        return state == null || state.isEmpty() ? null : state.get(0);
    }

    boolean hasIdentityProvider() {
        return stack.realm().identityProviders().findAll().stream().anyMatch(idp -> idp.getAlias().equals(teamId));
    }

    /** Removes the team, its IdP and its accounts. */
    public void remove() {
        stack.realm().users().search(teamId + ".", 0, 1000).stream()
                .filter(user -> user.getUsername().startsWith(teamId + "."))
                .forEach(user -> stack.realm().users().delete(user.getId()).close());
        if (hasIdentityProvider()) {
            stack.realm().identityProviders().get(teamId).remove();
        }
        stack.realm().organizations().get(organizationId).delete().close();
    }
}
