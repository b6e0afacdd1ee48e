package dev.teamsso.providers.setup;

import dev.teamsso.providers.contract.check.Field;
import dev.teamsso.providers.contract.check.InvalidTeamException;
import dev.teamsso.providers.contract.check.Problem;
import dev.teamsso.providers.contract.check.TeamChecks;
import dev.teamsso.providers.contract.check.TeamValues;
import dev.teamsso.providers.contract.OutboundUrlRule;
import dev.teamsso.providers.contract.SecretFingerprint;
import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.providers.contract.TeamSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The Issuer, Client ID and Client Secret a team's Okta admin typed: checked by the same
 * {@link TeamChecks} as {@code bin/teams add}, then saved as the team's hardened IdP (a
 * re-submit updates it; linked to the Organization only when the set-up completes, see
 * {@link SetupGate}), and the team moves to
 * {@value TeamSettings#SETUP_STATE_VALUES_ACCEPTED}. Nothing is saved unless every check
 * passed. The secret goes only into the IdP's config; the Organization records its
 * {@link SecretFingerprint}, as {@code bin/teams add} does.
 */
final class SetupValues {

    /** The field name of problems that belong to no form field. */
    static final String GENERAL = "general";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final OutboundUrlRule rule;

    SetupValues(KeycloakSession session, OutboundUrlRule rule) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.rule = rule;
    }

    /** Field errors by form field; empty when the values were saved. */
    Map<String, String> submit(PendingTeam team, String issuer, String clientId, String clientSecret) {
        TeamChecks.Checked checked;
        try {
            checked = TeamChecks.online(rule).check(new TeamValues(team.teamId(), issuer, clientId, clientSecret, team.adminEmail()));
        } catch (InvalidTeamException e) {
            return errors(e.problems());
        }
        IdentityProviderModel existing = session.identityProviders().getByAlias(team.teamId());
        if (existing != null && !PendingTeam.isUnlinkedTeamIdp(existing)) {
            return Map.of(GENERAL, "an identity provider named " + team.teamId() + " exists and belongs to another team."
                    + " Fix: ask the operator who sent this link to remove it or to invite the team again");
        }
        IdentityProviderModel idp = TeamIdentityProviderModel.fill(existing == null ? new IdentityProviderModel() : existing,
                realm, team.teamId(), issuer, checked.issuer(), clientId, clientSecret);
        if (existing == null) {
            session.identityProviders().create(idp);
        } else {
            session.identityProviders().update(idp);
        }
        team.organization().setAttributes(withState(team.organization().getAttributes(), checked.teamId(), clientSecret));
        return Map.of();
    }

    /** The new set-up state and the secret's {@link SecretFingerprint}, as {@code teams add} records it. */
    private static Map<String, List<String>> withState(Map<String, List<String>> attributes, TeamId teamId, String clientSecret) {
        Map<String, List<String>> updated = new LinkedHashMap<>(attributes);
        updated.put(SecretFingerprint.ATTRIBUTE, List.of(SecretFingerprint.of(teamId, clientSecret)));
        updated.put(TeamSettings.SETUP_STATE_ATTRIBUTE, List.of(TeamSettings.SETUP_STATE_VALUES_ACCEPTED));
        return updated;
    }

    /** Each problem under its form field, in the CLI's words: "found. Fix: fix". */
    private static Map<String, String> errors(List<Problem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Problem problem : problems) {
            errors.merge(formField(problem.field()), problem.found() + ". Fix: " + problem.fix(), (a, b) -> a + " " + b);
        }
        return errors;
    }

    private static String formField(Field field) {
        return switch (field) {
            case ISSUER -> SetupContract.FIELD_ISSUER;
            case CLIENT_ID -> SetupContract.FIELD_CLIENT_ID;
            case CLIENT_SECRET -> SetupContract.FIELD_CLIENT_SECRET;
            case TEAM, ADMIN_EMAIL -> GENERAL;
        };
    }
}
