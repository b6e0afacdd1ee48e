package dev.teamsso.testing;

import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.providers.contract.check.IssuerMetadata;

import dev.teamsso.cli.TeamProvisioner;
import dev.teamsso.cli.TeamRegistration;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * Everything a sign-in needs: the Okta stand-in and a real Keycloak with our extension, theme
 * and realm. Tests share one per JVM ({@link TeamSsoExtension}); the demo and the benchmark
 * start their own.
 */
public final class TeamSsoStack implements AutoCloseable {

    public static final String REALM = "deepinfra";
    public static final String DASHBOARD_CLIENT = "dashboard";
    public static final String DASHBOARD_URL = "http://localhost:8081/";
    public static final String DASHBOARD_REDIRECT_URI = DASHBOARD_URL + "callback";

    private final OktaStandIn okta;
    private final KeycloakServer keycloak;
    private final Keycloak admin;

    private TeamSsoStack(OktaStandIn okta, KeycloakServer keycloak) {
        this.okta = okta;
        this.keycloak = keycloak;
        this.admin = keycloak.adminClient();
    }

    public static TeamSsoStack start(KeycloakServerOptions keycloakOptions, int oktaPort) {
        OktaStandIn okta = OktaStandIn.start(oktaPort);
        try {
            return new TeamSsoStack(okta, KeycloakServer.start(keycloakOptions));
        } catch (RuntimeException e) {
            okta.close();
            throw e;
        }
    }

    /** The Okta stand-in here, and a Keycloak someone else runs (it must reach the stand-in on loopback). */
    public static TeamSsoStack connect(String keycloakBaseUrl, int oktaPort) {
        OktaStandIn okta = OktaStandIn.start(oktaPort);
        return new TeamSsoStack(okta, KeycloakServer.external(keycloakBaseUrl));
    }

    /**
     * A stack of an Okta stand-in and a server started elsewhere (for tests that kill and
     * restart their own server); {@link #close()} closes both.
     */
    public static TeamSsoStack of(OktaStandIn okta, KeycloakServer keycloak) {
        return new TeamSsoStack(okta, keycloak);
    }

    public OktaStandIn okta() {
        return okta;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public RealmResource realm() {
        return admin.realm(REALM);
    }

    /** The shared admin client (master realm's bootstrap admin); do not close it. */
    public Keycloak adminClient() {
        return admin;
    }

    public TeamProvisioner provisioner() {
        return new TeamProvisioner(realm());
    }

    /**
     * Creates a team whose Okta is the stand-in's issuer {@code issuerId}, checking the issuer's
     * discovery document first, as the {@code teams} tool does.
     */
    public TeamRegistration createTeam(String teamId, String issuerId, String adminEmail) {
        String issuer = okta.issuer(issuerId);
        TeamRegistration team = new TeamRegistration(new TeamId(teamId), issuer, "0oa" + teamId + "-client",
                "secret-of-" + teamId, adminEmail);
        try {
            provisioner().create(team, IssuerMetadata.discover(issuer));
        } catch (IssuerMetadata.IssuerDiscoveryException e) {
            throw new IllegalStateException(e);
        }
        return team;
    }

    @Override
    public void close() {
        try {
            admin.close();
            keycloak.close();
        } finally {
            okta.close();
        }
    }
}
