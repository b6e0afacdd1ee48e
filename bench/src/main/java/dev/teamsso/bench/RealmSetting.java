package dev.teamsso.bench;

import dev.teamsso.providers.contract.TeamIdentityProviderConfig;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * A realm setting of ours turned off for one cell, to price it: the cell runs Corporate SSO with
 * the setting changed and puts it back afterwards (only these fields are sent, nothing else moves).
 */
enum RealmSetting {
    AS_SHIPPED("as shipped"),
    EVENTS_NOT_STORED("stored events off (the audit listener still runs)"),
    BRUTE_FORCE_OFF("brute-force protection off"),
    SYNC_IMPORT("team IdP sync mode IMPORT instead of FORCE"),
    NO_IDENTITY_CHECK("team IdP without its post-login flow (the issuer and subject check)");

    private final String description;

    RealmSetting(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    void apply(RealmResource realm, String teamId) {
        set(realm, teamId, false);
    }

    void restore(RealmResource realm, String teamId) {
        set(realm, teamId, true);
    }

    private void set(RealmResource realm, String teamId, boolean shipped) {
        switch (this) {
            case EVENTS_NOT_STORED -> {
                RealmRepresentation change = new RealmRepresentation();
                change.setEventsEnabled(shipped);
                realm.update(change);
            }
            case BRUTE_FORCE_OFF -> {
                RealmRepresentation change = new RealmRepresentation();
                change.setBruteForceProtected(shipped);
                realm.update(change);
            }
            case SYNC_IMPORT -> {
                IdentityProviderRepresentation idp = realm.identityProviders().get(teamId).toRepresentation();
                idp.getConfig().put("syncMode", shipped ? "FORCE" : "IMPORT");
                realm.identityProviders().get(teamId).update(idp);
            }
            case NO_IDENTITY_CHECK -> {
                IdentityProviderRepresentation idp = realm.identityProviders().get(teamId).toRepresentation();
                idp.setPostBrokerLoginFlowAlias(shipped ? TeamIdentityProviderConfig.POST_BROKER_LOGIN_FLOW : "");
                realm.identityProviders().get(teamId).update(idp);
            }
            case AS_SHIPPED -> {
                // nothing to change
            }
        }
    }
}
