package dev.teamsso.providers.setup;

import dev.teamsso.providers.contract.TeamContract;
import dev.teamsso.providers.TeamsResourceProviderFactory;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;

/** The absolute URLs the set-up page shows and posts to, for one realm and one link. */
final class SetupUrls {

    private final URI baseUri;
    private final String realm;
    private final String token;

    SetupUrls(URI baseUri, String realm, String token) {
        this.baseUri = baseUri;
        this.realm = realm;
        this.token = token;
    }

    /** Okta's "Sign-in redirect URI": Keycloak's broker endpoint of the team's IdP. */
    String redirectUri(String teamId) {
        return realmPath().path("broker").path(teamId).path("endpoint").build().toString();
    }

    /** Okta's "Initiate login URI". */
    String initiateUri(String teamId) {
        return teams().path(teamId).path(TeamContract.INITIATE_PATH).build().toString();
    }

    String tileUrl(String teamId, String issuer) {
        return teams().path(teamId).path(TeamContract.INITIATE_PATH).queryParam("iss", issuer).build().toString();
    }

    String valuesAction() {
        return link().build().toString();
    }

    String testAction() {
        return link().path(SetupContract.TEST_PATH).build().toString();
    }

    /** Where a failed test sign-in comes back to, with what Okta answered. */
    URI afterFailedTest(String answer) {
        return link().queryParam(SetupContract.PARAM_TEST_FAILED, answer).build();
    }

    private UriBuilder link() {
        return teams().path(SetupContract.PATH).path(token);
    }

    private UriBuilder teams() {
        return realmPath().path(TeamsResourceProviderFactory.PROVIDER_ID);
    }

    private UriBuilder realmPath() {
        return UriBuilder.fromUri(baseUri).path("realms").path(realm);
    }
}
