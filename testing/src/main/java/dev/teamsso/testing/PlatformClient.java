package dev.teamsso.testing;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The platform's side of OIDC for the public {@code dashboard} client: authorization code with
 * PKCE S256, state and nonce, and an ID token checked against the realm's keys. The dashboard
 * stand-in and the tests sign in through it exactly as the platform would.
 */
public final class PlatformClient {

    /*
     * Nimbus's default for fetching the realm's keys is 500 ms, which a 2-core CI machine under
     * 50 concurrent first sign-ins exceeds (the first validations all fetch at once): a harness
     * timeout, not the server's. The platform would use seconds, so the stand-in does too.
     */
    private static final int KEYS_CONNECT_TIMEOUT_MS = 5_000;
    private static final int KEYS_READ_TIMEOUT_MS = 30_000;
    private static final int KEYS_SIZE_LIMIT_BYTES = 64 * 1024;

    private final String realmUrl;
    private final ClientID clientId;
    private final URI redirectUri;
    private final IDTokenValidator idTokenValidator;

    public PlatformClient(String realmUrl, String clientId, URI redirectUri) {
        this.realmUrl = realmUrl;
        this.clientId = new ClientID(clientId);
        this.redirectUri = redirectUri;
        try {
            this.idTokenValidator = new IDTokenValidator(new Issuer(realmUrl), this.clientId, JWSAlgorithm.RS256,
                    URI.create(realmUrl + "/protocol/openid-connect/certs").toURL(),
                    new DefaultResourceRetriever(KEYS_CONNECT_TIMEOUT_MS, KEYS_READ_TIMEOUT_MS, KEYS_SIZE_LIMIT_BYTES));
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(realmUrl, e);
        }
    }

    /** A new sign-in: the URL to send the browser to, and what the callback must match. */
    public Authorization start(Map<String, String> extraParameters) {
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest.Builder request = new AuthenticationRequest.Builder(
                ResponseType.CODE, new Scope("openid", "email", "profile"), clientId, redirectUri)
                .endpointURI(URI.create(realmUrl + "/protocol/openid-connect/auth"))
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256);
        extraParameters.forEach((name, value) -> request.customParameter(name, value));
        return new Authorization(request.build().toURI(), state, nonce, verifier);
    }

    /** Checks the callback's state, redeems its code and checks the ID token. */
    public Tokens finish(Authorization authorization, URI callback) {
        Map<String, String> query = QueryString.parse(callback.getRawQuery());
        if (query.containsKey("error")) {
            throw new SignInFailedException("the server answered error=" + query.get("error"));
        }
        if (!authorization.state().getValue().equals(query.get("state"))) {
            throw new SignInFailedException("state mismatch in " + callback);
        }
        TokenRequest request = new TokenRequest(
                URI.create(realmUrl + "/protocol/openid-connect/token"), clientId,
                new AuthorizationCodeGrant(new AuthorizationCode(query.get("code")), redirectUri, authorization.verifier()));
        try {
            TokenResponse response = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
            if (!response.indicatesSuccess()) {
                throw new SignInFailedException("token request refused: " + response.toErrorResponse().getErrorObject());
            }
            OIDCTokenResponse tokens = (OIDCTokenResponse) response.toSuccessResponse();
            JWT idToken = tokens.getOIDCTokens().getIDToken();
            JWTClaimsSet idClaims = idTokenValidator.validate(idToken, authorization.nonce()).toJWTClaimsSet();
            JWTClaimsSet accessClaims = JWTParser.parse(tokens.getOIDCTokens().getAccessToken().getValue()).getJWTClaimsSet();
            return new Tokens(idClaims, accessClaims, tokens.getOIDCTokens().getAccessToken().getValue(),
                    idToken.getParsedString(), tokens.getOIDCTokens().getRefreshToken() == null ? null
                    : tokens.getOIDCTokens().getRefreshToken().getValue());
        } catch (IOException | ParseException | java.text.ParseException
                 | com.nimbusds.jose.JOSEException | com.nimbusds.jose.proc.BadJOSEException e) {
            throw new SignInFailedException("could not redeem the code: " + e.getMessage());
        }
    }

    public URI redirectUri() {
        return redirectUri;
    }

    /** The realm's URL, {@code http://host/realms/NAME}: its issuer, the base of its endpoints and of the team API. */
    public String realmUrl() {
        return realmUrl;
    }

    /** One sign-in in progress. */
    public record Authorization(URI uri, State state, Nonce nonce, CodeVerifier verifier) {
    }

    /** The claims of the checked ID token and of the access token, the raw tokens, and the refresh token (or null). */
    public record Tokens(JWTClaimsSet idToken, JWTClaimsSet accessToken, String rawAccessToken, String rawIdToken,
                         String rawRefreshToken) {
    }

    /** Redeems a refresh token at the realm's token endpoint; true when new tokens came back. */
    public boolean refresh(String refreshToken) {
        TokenRequest request = new TokenRequest(URI.create(realmUrl + "/protocol/openid-connect/token"), clientId,
                new RefreshTokenGrant(new RefreshToken(refreshToken)));
        try {
            return OIDCTokenResponseParser.parse(request.toHTTPRequest().send()).indicatesSuccess();
        } catch (IOException | ParseException e) {
            throw new SignInFailedException("could not redeem the refresh token: " + e.getMessage());
        }
    }

    /** Where to send the browser to end the Keycloak session, then come back to {@code returnTo}. */
    public URI logoutUri(Tokens tokens, URI returnTo) {
        return URI.create(realmUrl + "/protocol/openid-connect/logout?id_token_hint=" + tokens.rawIdToken()
                + "&post_logout_redirect_uri=" + URLEncoder.encode(returnTo.toString(), StandardCharsets.UTF_8));
    }

    /** The sign-in did not end with valid tokens. */
    public static final class SignInFailedException extends RuntimeException {
        SignInFailedException(String message) {
            super(message);
        }
    }
}
