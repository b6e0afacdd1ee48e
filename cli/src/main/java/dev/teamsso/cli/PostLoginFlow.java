package dev.teamsso.cli;

import jakarta.ws.rs.ForbiddenException;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * Whether the realm has the post-broker-login flow {@value HardenedIdentityProvider#POST_LOGIN_FLOW}
 * (the server's check, on every sign-in, that an account was made through its team's current
 * issuer). Keycloak refuses (HTTP 500) an IdP that names a flow the realm lacks, so a team IdP
 * gets it only when it is seen. Listing flows needs realm-management {@code view-realm} or
 * {@code query-clients}; an account without them sees none. Read once per provisioner.
 */
final class PostLoginFlow {

    private final RealmResource realm;
    private String alias;

    PostLoginFlow(RealmResource realm) {
        this.realm = realm;
    }

    /** The flow's alias if the realm has it (and it may be seen), else null. */
    String alias() {
        if (alias == null) {
            try {
                alias = realm.flows().getFlows().stream()
                        .anyMatch(flow -> HardenedIdentityProvider.POST_LOGIN_FLOW.equals(flow.getAlias()))
                        ? HardenedIdentityProvider.POST_LOGIN_FLOW : "";
            } catch (ForbiddenException notReadable) {
                alias = "";
            }
        }
        return alias.isEmpty() ? null : alias;
    }
}
