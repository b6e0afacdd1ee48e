package dev.teamsso.cli.tool;

import java.net.URI;
import java.util.Optional;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where the server is and how to sign in to it: the admin user of {@code master}
 * ({@code --user}/{@code --password}, the demo's defaults), or, the production way, a service
 * account of the target realm ({@code --auth-client-id}/{@code --auth-client-secret}). No
 * credential goes to a plain-HTTP server that is not this machine, and the demo's defaults go
 * only to this machine ({@link ServerGuard}).
 */
public final class ConnectionOptions {

    static final String SERVER = "--server";
    static final String REALM = "--realm";
    static final String USER = "--user";
    static final String PASSWORD = "--password";
    static final String AUTH_CLIENT_ID = "--auth-client-id";
    static final String AUTH_CLIENT_SECRET = "--auth-client-secret";

    static final String ADMIN_REALM = "master";
    static final String ADMIN_CLIENT = "admin-cli";
    static final String DEMO_USER = "admin";
    static final String DEMO_PASSWORD = "admin";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = SERVER, paramLabel = "URL", defaultValue = "http://localhost:8080",
            description = "Keycloak's base URL (env TEAMS_SERVER; default ${DEFAULT-VALUE})")
    String server;

    @Option(names = REALM, paramLabel = "REALM", defaultValue = "deepinfra",
            description = "the realm that holds the teams (env TEAMS_REALM; default ${DEFAULT-VALUE})")
    String realm;

    @Option(names = USER, paramLabel = "USER",
            description = "admin user of the master realm (env TEAMS_USER; default admin, the demo's, only for a server on this machine)")
    String user;

    @Option(names = PASSWORD, paramLabel = "PASSWORD",
            description = "that user's password (env TEAMS_PASSWORD; default admin, the demo's, only for a server on this machine)")
    String password;

    @Option(names = AUTH_CLIENT_ID, paramLabel = "CLIENT_ID",
            description = "sign in as this service-account client of the target realm instead of --user (env TEAMS_CLIENT_ID)")
    String authClientId;

    @Option(names = AUTH_CLIENT_SECRET, paramLabel = "SECRET",
            description = "that client's secret (env TEAMS_CLIENT_SECRET)")
    String authClientSecret;

    String user() {
        return user == null ? DEMO_USER : user;
    }

    String password() {
        return password == null ? DEMO_PASSWORD : password;
    }

    /** Neither a user nor a password was given: the demo's admin/admin would be sent. */
    boolean usesDemoDefaults() {
        return !usesServiceAccount() && user == null && password == null;
    }

    boolean usesServiceAccount() {
        return authClientId != null && !authClientId.isEmpty();
    }

    /** Who signs in, for messages: never a secret. */
    String principal() {
        return usesServiceAccount()
                ? "service account '" + authClientId + "' of realm " + realm
                : "user '" + user() + "' of realm " + ADMIN_REALM;
    }

    String credentialFlags() {
        return usesServiceAccount()
                ? AUTH_CLIENT_ID + "/" + AUTH_CLIENT_SECRET + " (TEAMS_CLIENT_ID/TEAMS_CLIENT_SECRET)"
                : USER + "/" + PASSWORD + " (TEAMS_USER/TEAMS_PASSWORD)";
    }

    Keycloak connect() {
        Optional<ToolFailure> refusal = ServerGuard.refusal(server, usesDemoDefaults(), credentialFlags());
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        if (!usesServiceAccount() && !usesDemoDefaults() && DEMO_USER.equals(user()) && DEMO_PASSWORD.equals(password())
                && !ServerGuard.isLoopback(URI.create(server).getHost()) && command != null) {
            command.commandLine().getErr().println("warning: signing in to " + server + " as admin with the password admin,"
                    + " the demo's; change that password");
        }
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
                .username(user()).password(password()).build();
    }
}
