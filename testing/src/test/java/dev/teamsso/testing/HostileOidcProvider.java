package dev.teamsso.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenID provider that misbehaves on purpose, for broker-defence tests: a test picks who signs
 * in, a {@link Trick} for the next ID tokens, and what the userinfo endpoint claims; it rotates
 * keys at will. Otherwise it behaves like a strict Okta: codes are single-use, bound to the
 * redirect URI and to the PKCE S256 challenge, and the client must authenticate with its secret.
 * The authorization endpoint signs the person in at once (no page).
 */
public final class HostileOidcProvider implements AutoCloseable {

    /** How the next ID tokens are made wrong. */
    public enum Trick {
        NONE,
        /** Signed by a key that is not published, under the published key's {@code kid}. */
        BAD_SIGNATURE,
        /** Signed by a key whose {@code kid} is not in the JWKS. */
        UNKNOWN_KID,
        /** A {@code nonce} other than the one Keycloak sent. */
        WRONG_NONCE,
        /** {@code aud} (and {@code azp}) name another client. */
        WRONG_AUDIENCE
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final List<String> tokenRefusals = new CopyOnWriteArrayList<>();
    private final AtomicInteger userinfoCalls = new AtomicInteger();
    private volatile RSAKey signingKey = newKey();
    private volatile Trick trick = Trick.NONE;
    private volatile OktaPerson person;
    private volatile Map<String, Object> userinfo = Map.of();

    private HostileOidcProvider(HttpServer server, String clientId, String clientSecret) {
        this.server = server;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** Starts on a free loopback port; only {@code clientId} with {@code clientSecret} may redeem codes. */
    public static HostileOidcProvider start(String clientId, String clientSecret) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            HostileOidcProvider provider = new HostileOidcProvider(http, clientId, clientSecret);
            http.createContext("/", provider::handle);
            http.start();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the hostile OpenID provider", e);
        }
    }

    public String issuer() {
        return "http://localhost:" + server.getAddress().getPort() + "/oauth2/default";
    }

    public void signInAs(OktaPerson next) {
        this.person = next;
    }

    public void setTrick(Trick next) {
        this.trick = next;
    }

    /** What the userinfo endpoint answers (a hardened IdP never asks it). */
    public void setUserinfo(Map<String, Object> claims) {
        this.userinfo = Map.copyOf(claims);
    }

    /** A new signing key replaces the old one, in tokens and in the JWKS, as when Okta rotates keys. */
    public void rotateKey() {
        signingKey = newKey();
    }

    public String currentKeyId() {
        return signingKey.getKeyID();
    }

    public int userinfoCalls() {
        return userinfoCalls.get();
    }

    /** Why token requests were refused, in order ({@code invalid_grant: PKCE verifier mismatch}). */
    public List<String> tokenRefusals() {
        return List.copyOf(tokenRefusals);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String base = URI.create(issuer()).getPath();
            switch (path.startsWith(base) ? path.substring(base.length()) : path) {
                case "/.well-known/openid-configuration" -> json(exchange, 200, discovery());
                case "/v1/keys" -> json(exchange, 200, new JWKSet(signingKey.toPublicJWK()).toJSONObject());
                case "/v1/authorize" -> authorize(exchange);
                case "/v1/token" -> token(exchange);
                case "/v1/userinfo" -> {
                    userinfoCalls.incrementAndGet();
                    json(exchange, 200, userinfo);
                }
                default -> json(exchange, 404, Map.of("error", "not_found"));
            }
        } catch (RuntimeException | JOSEException e) {
            json(exchange, 500, Map.of("error", "server_error"));
        }
    }

    private Map<String, Object> discovery() {
        String issuer = issuer();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("authorization_endpoint", issuer + "/v1/authorize");
        document.put("token_endpoint", issuer + "/v1/token");
        document.put("userinfo_endpoint", issuer + "/v1/userinfo");
        document.put("jwks_uri", issuer + "/v1/keys");
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        return document;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        grants.put(code, new Grant(query.get("client_id"), query.get("redirect_uri"), query.get("nonce"),
                query.get("code_challenge"), query.get("code_challenge_method"), person));
        String redirect = query.get("redirect_uri") + "?code=" + code + "&state=" + encode(query.getOrDefault("state", ""));
        exchange.getResponseHeaders().add("Location", redirect);
        exchange.sendResponseHeaders(302, -1);
    }

    private void token(HttpExchange exchange) throws IOException, JOSEException {
        Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String expectedAuth = "Basic " + Base64.getEncoder().encodeToString(
                (encode(clientId) + ":" + encode(clientSecret)).getBytes(StandardCharsets.UTF_8));
        if (!expectedAuth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            refuse(exchange, 401, "invalid_client", "wrong client credentials");
            return;
        }
        Grant grant = form.get("code") == null ? null : grants.remove(form.get("code"));
        if (grant == null) {
            refuse(exchange, 400, "invalid_grant", "unknown or used code");
        } else if (!clientId.equals(grant.clientId()) || !String.valueOf(grant.redirectUri()).equals(form.get("redirect_uri"))) {
            refuse(exchange, 400, "invalid_grant", "code issued to another client or redirect URI");
        } else if (grant.codeChallenge() == null || !"S256".equals(grant.codeChallengeMethod())) {
            refuse(exchange, 400, "invalid_request", "no PKCE S256 challenge was sent");
        } else if (form.get("code_verifier") == null || !s256(form.get("code_verifier")).equals(grant.codeChallenge())) {
            refuse(exchange, 400, "invalid_grant", "PKCE verifier mismatch");
        } else {
            json(exchange, 200, Map.of("access_token", UUID.randomUUID().toString(), "token_type", "Bearer",
                    "expires_in", 300, "scope", "openid email profile", "id_token", idToken(grant)));
        }
    }

    private String idToken(Grant grant) throws JOSEException {
        Trick now = trick;
        OktaPerson who = grant.person();
        Instant issued = Instant.now();
        String audience = now == Trick.WRONG_AUDIENCE ? "0oa-someone-else" : clientId;
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(who.sub())
                .audience(audience)
                .claim("azp", audience)
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plusSeconds(300)))
                .claim("auth_time", issued.getEpochSecond())
                .claim("nonce", now == Trick.WRONG_NONCE ? "not-the-nonce-keycloak-sent" : grant.nonce());
        who.claims().forEach(claims::claim);
        RSAKey key = signingKey;
        RSAKey signer = switch (now) {
            case BAD_SIGNATURE -> newKey(key.getKeyID());
            case UNKNOWN_KID -> newKey();
            default -> key;
        };
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(), claims.build());
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    private void refuse(HttpExchange exchange, int status, String error, String why) throws IOException {
        tokenRefusals.add(error + ": " + why);
        json(exchange, status, Map.of("error", error));
    }

    private static void json(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> parse(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.putIfAbsent(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey() {
        return newKey(UUID.randomUUID().toString());
    }

    private static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Grant(String clientId, String redirectUri, String nonce, String codeChallenge,
                         String codeChallengeMethod, OktaPerson person) {
    }
}
