package dev.teamsso.testing;

import dev.teamsso.cli.HardenedIdentityProvider;
import dev.teamsso.cli.IssuerMetadata;
import dev.teamsso.cli.TeamId;
import dev.teamsso.cli.TeamRegistration;
import dev.teamsso.cli.tool.TeamsTool;
import dev.teamsso.providers.TeamContract;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * How fast {@code teams list} and {@code teams export} are with many teams: starts its own
 * server, imports a realm with N teams (default 10,000) in one request, then times the real
 * commands. Run with {@code java -cp ... dev.teamsso.testing.ListBenchmark [N]}.
 */
public final class ListBenchmark {

    private static final String REALM = "bench-teams";
    private static final int RUNS = 5;

    private ListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int teams = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        try (KeycloakServer server = KeycloakServer.start(KeycloakServerOptions.forTests("bench-list"));
             Keycloak admin = server.adminClient()) {
            long started = System.nanoTime();
            admin.realms().create(realmWith(teams));
            System.out.printf("imported a realm with %d teams in %.1f s%n", teams, seconds(started));
            for (String command : List.of("list", "export")) {
                for (String[] extra : List.of(new String[] {}, new String[] {"--first", String.valueOf(teams - 100)})) {
                    if (command.equals("export") && extra.length > 0) {
                        continue;
                    }
                    time(server, command, extra);
                }
            }
        }
    }

    private static void time(KeycloakServer server, String command, String... extra) {
        List<Double> times = new ArrayList<>();
        int lines = 0;
        for (int i = 0; i < RUNS; i++) {
            List<String> args = new ArrayList<>(List.of(command, "--server", server.baseUrl(), "--realm", REALM));
            args.addAll(List.of(extra));
            StringWriter out = new StringWriter();
            long started = System.nanoTime();
            int code = TeamsTool.run(Map.of(), new PrintWriter(out), new PrintWriter(System.err), args.toArray(String[]::new));
            times.add(seconds(started));
            if (code != 0) {
                throw new IllegalStateException(command + " exited " + code);
            }
            lines = out.toString().split("\n").length;
        }
        times.sort(Double::compare);
        System.out.printf("teams %s %s: %d lines; %d runs, median %.2f s, min %.2f s, max %.2f s (each run signs in afresh)%n",
                command, String.join(" ", extra), lines, RUNS, times.get(RUNS / 2), times.get(0), times.get(RUNS - 1));
    }

    private static RealmRepresentation realmWith(int teams) {
        RealmRepresentation realm = new RealmRepresentation();
        realm.setRealm(REALM);
        realm.setEnabled(true);
        realm.setOrganizationsEnabled(true);
        List<OrganizationRepresentation> organizations = new ArrayList<>();
        List<IdentityProviderRepresentation> idps = new ArrayList<>();
        for (int i = 0; i < teams; i++) {
            String id = String.format("team-%05d", i);
            String issuer = "https://" + id + ".okta.example/oauth2/default";
            TeamRegistration team = new TeamRegistration(new TeamId(id), issuer, "0oa" + i, "secret-" + i, "it@" + id + ".example");
            idps.add(HardenedIdentityProvider.of(team, new IssuerMetadata(issuer, URI.create(issuer + "/v1/authorize"),
                    URI.create(issuer + "/v1/token"), URI.create(issuer + "/v1/keys"), null)));
            OrganizationRepresentation org = new OrganizationRepresentation();
            org.setAlias(id);
            org.setName(id);
            org.setEnabled(true);
            org.setAttributes(Map.of(TeamContract.ADMIN_EMAIL_ATTRIBUTE, List.of(team.adminEmail())));
            IdentityProviderRepresentation link = new IdentityProviderRepresentation();
            link.setAlias(id);
            org.addIdentityProvider(link);
            organizations.add(org);
        }
        realm.setIdentityProviders(idps);
        realm.setOrganizations(organizations);
        return realm;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

}
