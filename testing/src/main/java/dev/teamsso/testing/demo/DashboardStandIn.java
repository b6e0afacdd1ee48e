package dev.teamsso.testing.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.teamsso.testing.PlatformClient;
import dev.teamsso.testing.QueryString;
import dev.teamsso.testing.TeamApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A minimal stand-in for the platform's web dashboard on {@code http://localhost:8081}: it
 * signs people in with the {@code dashboard} client (code + PKCE), then shows who they are,
 * their team and their role, read from the tokens exactly as the platform would. Its Team
 * page, role toggle and Billing entry ({@link DashboardTeam}) call the team API with the
 * person's access token.
 */
public final class DashboardStandIn implements AutoCloseable {

    private static final String SESSION_COOKIE = "dashboard_session";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServer server;
    private final PlatformClient platform;
    private final URI home;
    private final Map<String, PlatformClient.Authorization> pending = new ConcurrentHashMap<>();
    private final Map<String, DashboardSession> sessions = new ConcurrentHashMap<>();
    private final DashboardTeam team;

    private DashboardStandIn(HttpServer server, PlatformClient platform, URI home) {
        this.server = server;
        this.platform = platform;
        this.home = home;
        this.team = new DashboardTeam(new TeamApiClient(platform.realmUrl()));
    }

    public static DashboardStandIn start(int port, PlatformClient platform) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
            DashboardStandIn dashboard = new DashboardStandIn(server, platform, URI.create("http://localhost:" + port + "/"));
            server.createContext("/", dashboard::route);
            server.start();
            return dashboard;
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on port " + port, e);
        }
    }

    public URI home() {
        return home;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void route(HttpExchange exchange) throws IOException {
        try (exchange) {
            switch (exchange.getRequestURI().getPath()) {
                case "/" -> show(exchange);
                case "/login" -> login(exchange);
                case "/callback" -> callback(exchange);
                case "/logout" -> logout(exchange);
                case "/team", "/team/role", "/team/active", "/billing" -> teamRoute(exchange);
                default -> respond(exchange, 404, DashboardPages.notFound());
            }
        } catch (RuntimeException e) {
            respond(exchange, 500, DashboardPages.error(e.getMessage()));
        }
    }

    /**
     * The dashboard. Someone who arrives signed out from an Okta-initiated sign-in (Keycloak adds
     * its {@code iss} to the landing URL) is sent through the normal sign-in at once, which
     * completes without a prompt because Keycloak already has their session.
     */
    private void show(HttpExchange exchange) throws IOException {
        Optional<DashboardSession> signedIn = session(exchange).map(sessions::get);
        String arrivedFrom = QueryString.parse(exchange.getRequestURI().getRawQuery()).get("iss");
        if (signedIn.isEmpty() && platform.realmUrl().equals(arrivedFrom)) {
            redirect(exchange, home.resolve("/login"));
            return;
        }
        respond(exchange, 200, signedIn.map(s -> DashboardPages.signedIn(s.tokens())).orElseGet(DashboardPages::signedOut));
    }

    /** {@code GET /team}, {@code POST /team/role} and {@code GET /billing}; signed-out people go home. */
    private void teamRoute(HttpExchange exchange) throws IOException {
        Optional<DashboardSession> signedIn = session(exchange).map(sessions::get);
        if (signedIn.isEmpty()) {
            redirect(exchange, home);
            return;
        }
        DashboardTeam.Page page = switch (exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()) {
            case "GET /team" -> team.team(signedIn.get(), exchange);
            case "GET /billing" -> team.billing(signedIn.get());
            case "POST /team/role" -> team.changeRole(signedIn.get(), exchange);
            case "POST /team/active" -> team.setActive(signedIn.get(), exchange);
            default -> new DashboardTeam.Page(405, DashboardPages.notFound());
        };
        if (page.isBackToTeam()) {
            exchange.getResponseHeaders().add("Location", home.resolve("/team").toString());
            exchange.sendResponseHeaders(303, -1);
            return;
        }
        respond(exchange, page.status(), page.html());
    }

    /** {@code /login}, or {@code /login?team=acme} for a Corporate SSO deep link. */
    private void login(HttpExchange exchange) throws IOException {
        String team = QueryString.parse(exchange.getRequestURI().getRawQuery()).getOrDefault("team", "").trim();
        Map<String, String> extra = team.isEmpty() ? Map.of() : Map.of("kc_idp_hint", team);
        PlatformClient.Authorization authorization = platform.start(extra);
        pending.put(authorization.state().getValue(), authorization);
        redirect(exchange, authorization.uri());
    }

    private void callback(HttpExchange exchange) throws IOException {
        Map<String, String> query = QueryString.parse(exchange.getRequestURI().getRawQuery());
        PlatformClient.Authorization authorization = pending.remove(query.getOrDefault("state", ""));
        if (authorization == null) {
            respond(exchange, 400, DashboardPages.error("This sign-in was not started here, or was already finished."));
            return;
        }
        PlatformClient.Tokens tokens = platform.finish(authorization, exchange.getRequestURI());
        String sessionId = newRandomId();
        sessions.put(sessionId, new DashboardSession(tokens, newRandomId()));
        exchange.getResponseHeaders().add("Set-Cookie", SESSION_COOKIE + "=" + sessionId + "; Path=/; HttpOnly; SameSite=Lax");
        redirect(exchange, home);
    }

    private void logout(HttpExchange exchange) throws IOException {
        Optional<DashboardSession> ended = session(exchange).map(sessions::remove);
        exchange.getResponseHeaders().add("Set-Cookie", SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
        redirect(exchange, ended.map(s -> platform.logoutUri(s.tokens(), home)).orElse(home));
    }

    private Optional<String> session(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Cookie");
        if (header == null) {
            return Optional.empty();
        }
        for (String cookie : header.split(";\\s*")) {
            if (cookie.startsWith(SESSION_COOKIE + "=")) {
                String id = cookie.substring(SESSION_COOKIE.length() + 1);
                return sessions.containsKey(id) ? Optional.of(id) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String newRandomId() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void redirect(HttpExchange exchange, URI target) throws IOException {
        exchange.getResponseHeaders().add("Location", target.toString());
        exchange.sendResponseHeaders(302, -1);
    }

    private static void respond(HttpExchange exchange, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.getResponseHeaders().add("X-Frame-Options", "DENY");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
