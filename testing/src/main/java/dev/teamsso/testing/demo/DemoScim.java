package dev.teamsso.testing.demo;

import dev.teamsso.cli.ScimTokenStore;
import dev.teamsso.providers.contract.TeamId;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.ScimClient;
import dev.teamsso.testing.TeamSsoStack;

/**
 * The demo's SCIM part: a SCIM token for a team (as {@code teams scim-token} makes it), a person
 * provisioned through it as Okta would, and the {@code curl} line that deactivates them.
 *
 * @param baseUrl the team's SCIM base URL
 * @param token   the team's SCIM token
 * @param userId  the SCIM ID of the provisioned person
 */
public record DemoScim(String baseUrl, String token, String userId) {

    public static DemoScim provision(TeamSsoStack stack, String teamId, OktaPerson person) {
        String token = new ScimTokenStore(stack.realm()).issue(new TeamId(teamId)).orElseThrow();
        ScimClient scim = new ScimClient(stack.keycloak().realmUrl(TeamSsoStack.REALM), teamId, token);
        ScimClient.Answer created = scim.post("/Users", ScimClient.oktaUser(person.email(), person.sub(),
                person.givenName(), person.familyName(), true));
        if (created.status() != 201) {
            throw new IllegalStateException("could not provision " + person.name() + " by SCIM: HTTP " + created.status());
        }
        return new DemoScim(scim.baseUrl(), token, created.json().get("id").asText());
    }

    /** Okta's deactivation of the person, as one shell line. */
    public String deactivateCurl() {
        return activeCurl(false);
    }

    public String reactivateCurl() {
        return activeCurl(true);
    }

    private String activeCurl(boolean active) {
        return "curl -sS -X PATCH -H 'Authorization: Bearer " + token + "' -H 'Content-Type: application/scim+json' -d '"
                + ScimClient.patchOp("{\"op\":\"replace\",\"value\":{\"active\":" + active + "}}") + "' "
                + baseUrl + "/Users/" + userId;
    }
}
