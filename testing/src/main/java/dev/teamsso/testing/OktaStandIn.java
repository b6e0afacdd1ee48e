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
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * The Okta stand-in: {@code mock-oauth2-server} in this JVM, one issuer per path
 * ({@code http://localhost:PORT/acme}). Every authorization request shows a sign-in page; a
 * person signs in by posting their Okta user ID as {@code username} and their ID-token claims
 * as {@code claims} (JSON). Tests do that with {@link #signInForm(OktaPerson)}; people in the
 * demo click their name on the page, which lists everyone in {@link #directory()}.
 */
public final class OktaStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockOAuth2Server server;
    private final Path loginPage;
    private final List<OktaPerson> directory = new CopyOnWriteArrayList<>();

    private OktaStandIn(MockOAuth2Server server, Path loginPage) {
        this.server = server;
        this.loginPage = loginPage;
    }

    /** Starts on the given loopback port (0 for a free one). */
    public static OktaStandIn start(int port) {
        try {
            Path loginPage = Files.createTempFile("okta-stand-in-login", ".html");
            loginPage.toFile().deleteOnExit();
            OAuth2Config config = new OAuth2Config(
                    true, loginPage.toString(), null, false,
                    new OAuth2TokenProvider(), Set.of(), new MockWebServerWrapper());
            OktaStandIn standIn = new OktaStandIn(new MockOAuth2Server(config), loginPage);
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
