package dev.teamsso.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * The Okta stand-in: {@code mock-oauth2-server} in this JVM, one issuer per path
 * ({@code http://localhost:PORT/acme}). Every authorization request shows a sign-in page; a
 * person signs in by posting their Okta user ID as {@code username} and their ID-token claims
 * as {@code claims} (JSON). Tests do that with {@link #signInForm(OktaPerson)}; people in the
 * demo click their name on the page, which lists everyone in {@link #directory()}.
 * Its keys are {@link OktaKeys} (rotatable), and {@code GET /{issuer}/universal-logout-jwt?aud=URL}
 * hands out a fresh Universal Logout request JWT for {@code URL}, as Okta would send it (the
 * demo's "log Alice out" button).
 */
public final class OktaStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Path under an issuer that hands out a fresh Universal Logout JWT (demo and tests only). */
    public static final String LOGOUT_JWT_PATH = "universal-logout-jwt";
    /** The {@code sub} of the stand-in's Universal Logout JWTs (Okta puts the app's client ID there). */
    public static final String LOGOUT_JWT_SUBJECT = "okta-universal-logout";

    private final MockOAuth2Server server;
    private final OktaKeys keys;
    private final Path loginPage;
    private final List<OktaPerson> directory = new CopyOnWriteArrayList<>();

    private OktaStandIn(OktaKeys keys, Path loginPage) {
        this.keys = keys;
        this.loginPage = loginPage;
        OAuth2Config config = new OAuth2Config(
                true, loginPage.toString(), null, false,
                new OAuth2TokenProvider(keys), Set.of(), new MockWebServerWrapper());
        this.server = new MockOAuth2Server(config, new LogoutJwtRoute());
    }

    /** Starts on the given loopback port (0 for a free one). */
    public static OktaStandIn start(int port) {
        try {
            Path loginPage = Files.createTempFile("okta-stand-in-login", ".html");
            loginPage.toFile().deleteOnExit();
            OktaStandIn standIn = new OktaStandIn(new OktaKeys(), loginPage);
            standIn.writeLoginPage();
            standIn.server.start(InetAddress.getLoopbackAddress(), port);
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Okta stand-in", e);
        }
    }

    /** The issuer URL of one Okta authorization server, exactly as its tokens carry it. */
    public String issuer(String issuerId) {
        return baseUrl() + "/" + issuerId;
    }

    public String baseUrl() {
        return "http://localhost:" + server.baseUrl().port();
    }

    /** The issuers' signing keys (rotate one with {@link OktaKeys#rotate}). */
    public OktaKeys keys() {
        return keys;
    }

    /** A fresh Universal Logout request JWT of issuer {@code issuerId} for the endpoint {@code audience}. */
    public String logoutJwt(String issuerId, String audience) {
        return UniversalLogoutJwt.of(issuer(issuerId), LOGOUT_JWT_SUBJECT, audience).signedWith(keys.key(issuerId));
    }

    /** {@code GET /{issuerId}/universal-logout-jwt?aud=URL}: the JWT as plain text. */
    private final class LogoutJwtRoute implements Route {

        @Override
        public boolean match(OAuth2HttpRequest request) {
            List<String> segments = request.getUrl().pathSegments();
            return "GET".equals(request.getMethod()) && segments.size() == 2 && LOGOUT_JWT_PATH.equals(segments.get(1))
                    && request.getUrl().queryParameter("aud") != null;
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String jwt = logoutJwt(request.getUrl().pathSegments().get(0), request.getUrl().queryParameter("aud"));
            return new OAuth2HttpResponse(Headers.of("Content-Type", "text/plain", "Cache-Control", "no-store"), 200, jwt, null);
        }
    }

    /** Adds people to the sign-in page's list (the demo's one-click sign-in). */
    public void addToDirectory(OktaPerson... people) {
        directory.addAll(List.of(people));
        writeLoginPage();
    }

    public List<OktaPerson> directory() {
        return List.copyOf(directory);
    }

    /** The form fields that sign this person in on the stand-in's sign-in page. */
    public static Map<String, String> signInForm(OktaPerson person) {
        try {
            return Map.of("username", person.sub(), "claims", JSON.writeValueAsString(person.claims()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claims of " + person.sub() + " are not JSON", e);
        }
    }

    @Override
    public void close() {
        server.shutdown();
    }

    private void writeLoginPage() {
        try {
            Files.writeString(loginPage, OktaLoginPage.render(new ArrayList<>(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the stand-in's sign-in page", e);
        }
    }
}
