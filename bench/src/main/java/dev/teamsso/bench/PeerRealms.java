package dev.teamsso.bench;

import dev.teamsso.providers.contract.check.IssuerMetadata;
import dev.teamsso.testing.TeamSsoStack;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * The fair peers, made through the admin API the way an administrator would click them, with
 * Keycloak's defaults for everything not named here: realm {@value #STOCK} (stock flows, stock
 * OIDC IdP settings, no Organizations, events not stored; its IdP shows on the login page) and
 * realm {@value #ORGANIZATIONS} (the same, with Organizations on and the team as an organization
 * whose domain sends people to its IdP).
 */
final class PeerRealms {

    static final String STOCK = "bench-stock";
    static final String ORGANIZATIONS = "bench-orgs";
    static final String IDP = "bench";
    static final String DOMAIN = "bench.example";

    private PeerRealms() {
    }

    static void create(TeamSsoStack stack) throws IssuerMetadata.IssuerDiscoveryException {
        IssuerMetadata issuer = IssuerMetadata.discover(stack.okta().issuer(BenchFixture.TEAM));
        realm(stack, STOCK, false, issuer);
        RealmResource orgs = realm(stack, ORGANIZATIONS, true, issuer);
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setName(IDP);
        organization.setAlias(IDP);
        organization.setEnabled(true);
        OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation();
        domain.setName(DOMAIN);
        organization.addDomain(domain);
        String id;
        try (Response created = orgs.organizations().create(organization)) {
            check(created, "organization");
            id = orgs.organizations().search(IDP, true, 0, 1, false).get(0).getId();
        }
        try (Response linked = orgs.organizations().get(id).identityProviders().addIdentityProvider(IDP)) {
            check(linked, "organization IdP link");
        }
    }

    private static RealmResource realm(TeamSsoStack stack, String name, boolean organizations, IssuerMetadata issuer) {
        RealmRepresentation realm = new RealmRepresentation();
        realm.setRealm(name);
        realm.setEnabled(true);
        realm.setEventsEnabled(false);
        realm.setOrganizationsEnabled(organizations);
        ClientRepresentation dashboard = new ClientRepresentation();
        dashboard.setClientId(TeamSsoStack.DASHBOARD_CLIENT);
        dashboard.setPublicClient(true);
        dashboard.setStandardFlowEnabled(true);
        dashboard.setRedirectUris(List.of(TeamSsoStack.DASHBOARD_REDIRECT_URI));
        realm.setClients(List.of(dashboard));
        realm.setIdentityProviders(List.of(identityProvider(issuer, organizations)));
        stack.adminClient().realms().create(realm);
        return stack.adminClient().realm(name);
    }

    /** What the admin console makes from the issuer's discovery document; sync mode and all else left at Keycloak's default. */
    private static IdentityProviderRepresentation identityProvider(IssuerMetadata issuer, boolean organizations) {
        IdentityProviderRepresentation idp = new IdentityProviderRepresentation();
        idp.setAlias(IDP);
        idp.setProviderId("oidc");
        idp.setEnabled(true);
        Map<String, String> config = new HashMap<>();
        config.put("issuer", issuer.issuer());
        config.put("authorizationUrl", issuer.authorizationEndpoint().toString());
        config.put("tokenUrl", issuer.tokenEndpoint().toString());
        config.put("jwksUrl", issuer.jwksUri().toString());
        config.put("useJwksUrl", "true");
        config.put("validateSignature", "true");
        config.put("clientId", "0oa-peer-client");
        config.put("clientSecret", "peer-secret");
        if (organizations) {
            config.put("kc.org.domain", DOMAIN);
            config.put("kc.org.broker.redirect.mode.email-matches", "true");
        }
        idp.setConfig(config);
        return idp;
    }

    private static void check(Response response, String what) {
        if (response.getStatus() / 100 != 2) {
            throw new IllegalStateException("could not create the peer " + what + ": HTTP " + response.getStatus());
        }
    }
}
