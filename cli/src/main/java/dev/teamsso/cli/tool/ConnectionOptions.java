package dev.teamsso.cli.tool;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import picocli.CommandLine.Option;

/**
 * Where the server is and how to sign in to it: the admin user of {@code master}
 * ({@code --user}/{@code --password}, the demo's defaults), or, the production way, a service
 * account of the target realm ({@code --auth-client-id}/{@code --auth-client-secret}).
 */
final class ConnectionOptions {

    static final String SERVER = "--server";
    static final String REALM = "--realm";
    static final String USER = "--user";
    static final String PASSWORD = "--password";
    static final String AUTH_CLIENT_ID = "--auth-client-id";
    static final String AUTH_CLIENT_SECRET = "--auth-client-secret";

    static final String ADMIN_REALM = "master";
    static final String ADMIN_CLIENT = "admin-cli";

    @Option(names = SERVER, paramLabel = "URL", defaultValue = "http://localhost:8080",
            description = "Keycloak's base URL (env TEAMS_SERVER; default ${DEFAULT-VALUE})")
    String server;

    @Option(names = REALM, paramLabel = "REALM", defaultValue = "deepinfra",
            description = "the realm that holds the teams (env TEAMS_REALM; default ${DEFAULT-VALUE})")
    String realm;

    @Option(names = USER, paramLabel = "USER", defaultValue = "admin",
            description = "admin user of the master realm (env TEAMS_USER; default admin, the demo's)")
    String user;

    @Option(names = PASSWORD, paramLabel = "PASSWORD", defaultValue = "admin",
            description = "that user's password (env TEAMS_PASSWORD; default admin, the demo's)")
    String password;

    @Option(names = AUTH_CLIENT_ID, paramLabel = "CLIENT_ID",
            description = "sign in as this service-account client of the target realm instead of --user (env TEAMS_CLIENT_ID)")
    String authClientId;

    @Option(names = AUTH_CLIENT_SECRET, paramLabel = "SECRET",
            description = "that client's secret (env TEAMS_CLIENT_SECRET)")
    String authClientSecret;

    boolean usesServiceAccount() {
        return authClientId != null && !authClientId.isEmpty();
    }

    /** Who signs in, for messages: never a secret. */
    String principal() {
        return usesServiceAccount()
                ? "service account '" + authClientId + "' of realm " + realm
                : "user '" + user + "' of realm " + ADMIN_REALM;
    }

    String credentialFlags() {
        return usesServiceAccount()
                ? AUTH_CLIENT_ID + "/" + AUTH_CLIENT_SECRET + " (TEAMS_CLIENT_ID/TEAMS_CLIENT_SECRET)"
                : USER + "/" + PASSWORD + " (TEAMS_USER/TEAMS_PASSWORD)";
    }

    Keycloak connect() {
        KeycloakBuilder builder = KeycloakBuilder.builder().serverUrl(server);
        if (usesServiceAccount()) {
            if (authClientSecret == null || authClientSecret.isEmpty()) {
                throw new ToolFailure(ExitCode.USAGE, AUTH_CLIENT_ID + " needs " + AUTH_CLIENT_SECRET
                        + ". Fix: give the client's secret with " + AUTH_CLIENT_SECRET + " or TEAMS_CLIENT_SECRET");
            }
            return builder.realm(realm).grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(authClientId).clientSecret(authClientSecret).build();
        }
        return builder.realm(ADMIN_REALM).grantType(OAuth2Constants.PASSWORD).clientId(ADMIN_CLIENT)
                .username(user).password(password).build();
    }
}
