package dev.teamsso.testing;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A second realm of the test server acting as a team's upstream OIDC provider: unlike the Okta
 * stand-in it checks client secrets, so it proves that a team's credentials were checked and
 * stored right. Confidential clients (Keycloak answers a client-credentials request from a
 * client without service account with 401, like a wrong secret, so they have one) and one person.
 */
public final class KeycloakUpstream {

    public static final String PASSWORD = "upstream-password";

    private final TeamSsoStack stack;
    private final String realm;

    private KeycloakUpstream(TeamSsoStack stack, String realm) {
        this.stack = stack;
        this.realm = realm;
    }

    /** Creates realm {@code realm} with client {@code clientId}/{@code clientSecret} and person {@code username}. */
    public static KeycloakUpstream create(TeamSsoStack stack, String realm, String clientId, String clientSecret, String username) {
        RealmRepresentation representation = new RealmRepresentation();
        representation.setRealm(realm);
        representation.setEnabled(true);
        stack.adminClient().realms().create(representation);
        KeycloakUpstream upstream = new KeycloakUpstream(stack, realm);
        upstream.addClient(clientId, clientSecret);
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@" + realm + ".example");
        user.setEmailVerified(true);
        user.setFirstName("Upstream");
        user.setLastName(username);
        user.setEnabled(true);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response created = upstream.resource().users().create(user)) {
            expect201(created, "user " + username);
        }
        return upstream;
    }

    /** Another confidential client of this realm. */
    public void addClient(String clientId, String clientSecret) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setSecret(clientSecret);
        client.setPublicClient(false);
        client.setStandardFlowEnabled(true);
        client.setServiceAccountsEnabled(true);
        client.setDirectAccessGrantsEnabled(false);
        client.setRedirectUris(List.of(stack.keycloak().baseUrl() + "/realms/*"));
        try (Response created = resource().clients().create(client)) {
            expect201(created, "client " + clientId);
        }
    }

    public String issuer() {
        return stack.keycloak().realmUrl(realm);
    }

    public RealmResource resource() {
        return stack.adminClient().realm(realm);
    }

    public void delete() {
        resource().remove();
    }

    /**
     * Signs {@code username} in to {@code platform} through team {@code teamId} (whose IdP brokers
     * to this realm) with {@code kc_idp_hint}, posting this realm's login form.
     */
    public BrokeredSignIn.Outcome signIn(BrowserlessClient browser, PlatformClient platform, String teamId, String username) {
        PlatformClient.Authorization authorization = platform.start(Map.of("kc_idp_hint", teamId));
        HttpResponse<String> page = browser.followRedirects(browser.get(authorization.uri()), KeycloakUpstream::isPlatform);
        Element form = Jsoup.parse(page.body(), page.uri().toString()).selectFirst("form#kc-form-login");
        if (form == null || !page.uri().toString().startsWith(issuer())) {
            return new BrokeredSignIn.Outcome(authorization, page);
        }
        HttpResponse<String> back = browser.postForm(URI.create(form.absUrl("action")),
                Map.of("username", username, "password", PASSWORD));
        return new BrokeredSignIn.Outcome(authorization, browser.followRedirects(back, KeycloakUpstream::isPlatform));
    }

    private static boolean isPlatform(URI uri) {
        return uri.toString().startsWith(TeamSsoStack.DASHBOARD_REDIRECT_URI);
    }

    private static void expect201(Response response, String what) {
        if (response.getStatus() != 201) {
            throw new IllegalStateException("could not create " + what + ": HTTP " + response.getStatus());
        }
    }
}
