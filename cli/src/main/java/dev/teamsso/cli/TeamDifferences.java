package dev.teamsso.cli;

import dev.teamsso.providers.contract.SecretFingerprint;
import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.contract.TeamSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * What saving a team's values would change on the team as the server holds it, one line each
 * ({@code issuer: old -> new}), never a secret: the client secret is compared through its
 * {@link SecretFingerprint}. Hardened IdP settings that drifted are listed as restored.
 */
public record TeamDifferences(List<String> lines, String oldIssuer, boolean issuerChanged) {

    private static final Map<String, String> NAMED = Map.of(
            TeamContract.IDP_ISSUER, "issuer", TeamContract.IDP_CLIENT_ID, "client ID", "authorizationUrl", "authorization endpoint",
            "tokenUrl", "token endpoint", "jwksUrl", "JWKS URI", "logoutUrl", "end-session endpoint");

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public static TeamDifferences between(OrganizationRepresentation organization, IdentityProviderRepresentation idp,
                                          IdentityProviderRepresentation wanted, TeamRegistration team) {
        Map<String, String> before = idp.getConfig() == null ? Map.of() : idp.getConfig();
        List<String> lines = new ArrayList<>();
        for (String key : List.of(TeamContract.IDP_ISSUER, TeamContract.IDP_CLIENT_ID, "authorizationUrl", "tokenUrl", "jwksUrl", "logoutUrl")) {
            change(lines, NAMED.get(key), before.get(key), wanted.getConfig().get(key));
        }
        change(lines, "admin email", TeamSettings.of(organization.getAttributes()).adminEmail().orElse(null),
                team.adminEmail());
        String recorded = attribute(organization, SecretFingerprint.ATTRIBUTE);
        String fingerprint = SecretFingerprint.of(team.teamId(), team.clientSecret());
        if (recorded == null) {
            lines.add("client secret: replaced (no fingerprint of the stored one was recorded, so it cannot be compared)");
        } else if (!recorded.equals(fingerprint)) {
            lines.add("client secret: changed (fingerprint " + recorded + " -> " + fingerprint + ")");
        }
        wanted.getConfig().forEach((key, value) -> {
            if (!NAMED.containsKey(key) && !"clientSecret".equals(key) && !Objects.equals(before.get(key), value)) {
                lines.add("identity provider setting " + key + ": " + shown(before.get(key)) + " -> " + value + " (hardening restored)");
            }
        });
        change(lines, "identity provider hideOnLogin", String.valueOf(idp.isHideOnLogin()), String.valueOf(wanted.isHideOnLogin()));
        change(lines, "identity provider first-login flow", idp.getFirstBrokerLoginFlowAlias(), wanted.getFirstBrokerLoginFlowAlias());
        change(lines, "identity provider post-login flow", idp.getPostBrokerLoginFlowAlias(), wanted.getPostBrokerLoginFlowAlias());
        String oldIssuer = before.get(TeamContract.IDP_ISSUER);
        return new TeamDifferences(List.copyOf(lines), oldIssuer, !Objects.equals(oldIssuer, team.issuer()));
    }

    private static void change(List<String> lines, String name, String before, String after) {
        if (!Objects.equals(emptyToNull(before), emptyToNull(after))) {
            lines.add(name + ": " + shown(before) + " -> " + shown(after));
        }
    }

    private static String attribute(OrganizationRepresentation organization, String name) {
        List<String> values = organization.getAttributes() == null ? null : organization.getAttributes().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String shown(String value) {
        return emptyToNull(value) == null ? "(none)" : value;
    }
}
