package dev.teamsso.cli.tool;

import dev.teamsso.cli.TeamProvisioner.TeamProvisioningException;
import dev.teamsso.cli.TeamStateException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.function.Function;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * Runs a command's work against the target realm and turns whatever the admin client throws
 * into one {@link ToolFailure} that names the cause and the flag to fix.
 */
final class AdminSession {

    private AdminSession() {
    }

    static <T> T run(ConnectionOptions connection, Function<RealmResource, T> work) {
        try (Keycloak keycloak = connection.connect()) {
            return work.apply(keycloak.realm(connection.realm));
        } catch (ToolFailure failure) {
            throw failure;
        } catch (TeamStateException refused) {
            throw failure(refused);
        } catch (TeamProvisioningException refused) {
            throw new ToolFailure(ExitCode.FAILED, "Keycloak refused a change; what was done before it was undone: "
                    + refused.getMessage() + ". Fix: correct what the server names and run the command again");
        } catch (RuntimeException e) {
            throw explain(connection, e);
        }
    }

    /** A team's state refused the command: taken (exit 6), pending set-up (9), not pending (10). */
    static ToolFailure failure(TeamStateException refused) {
        return new ToolFailure(switch (refused.kind()) {
            case TAKEN -> ExitCode.EXISTS;
            case PENDING -> ExitCode.PENDING;
            case NOT_PENDING -> ExitCode.NOT_PENDING;
        }, refused.getMessage());
    }

    static ToolFailure explain(ConnectionOptions connection, RuntimeException e) {
        WebApplicationException http = cause(e, WebApplicationException.class);
        if (http instanceof NotAuthorizedException) {
            return new ToolFailure(ExitCode.FAILED, "Keycloak at " + connection.server + " refused to sign in "
                    + connection.principal() + ". Fix: check " + connection.credentialFlags());
        }
        if (http instanceof ForbiddenException) {
            return new ToolFailure(ExitCode.FAILED, "signed in as " + connection.principal() + ", but it may not manage"
                    + " teams in realm " + connection.realm + ". Fix: give it the realm-management roles"
                    + " manage-organizations and manage-identity-providers of realm " + connection.realm);
        }
        if (http instanceof NotFoundException) {
            return new ToolFailure(ExitCode.FAILED, "Keycloak at " + connection.server + " has no realm '" + connection.realm
                    + "' (or it does not have Organizations enabled). Fix: check " + ConnectionOptions.REALM
                    + " (TEAMS_REALM) and " + ConnectionOptions.SERVER + " (TEAMS_SERVER)");
        }
        if (http != null) {
            return new ToolFailure(ExitCode.FAILED, "Keycloak at " + connection.server + " answered HTTP "
                    + http.getResponse().getStatus() + ". Fix: see the server's log");
        }
        if (cause(e, ConnectException.class) != null || cause(e, UnknownHostException.class) != null) {
            return new ToolFailure(ExitCode.FAILED, "cannot reach Keycloak at " + connection.server
                    + ". Fix: start it (bin/demo runs one on http://localhost:8080) or set "
                    + ConnectionOptions.SERVER + " (TEAMS_SERVER)");
        }
        return new ToolFailure(ExitCode.FAILED, "talking to Keycloak at " + connection.server + " failed: "
                + e.getClass().getSimpleName() + ". Fix: check " + ConnectionOptions.SERVER + " and the server's log");
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
