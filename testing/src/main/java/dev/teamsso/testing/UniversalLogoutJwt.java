package dev.teamsso.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * The JWT Okta puts in the {@code Authorization: Bearer} header of a Universal Logout request:
 * {@code iss} the Okta issuer, {@code sub} the app's client ID, {@code aud} the endpoint's URL,
 * a fresh {@code jti}, {@code iat} now, {@code exp} a minute later, signed RS256 with the
 * issuer's key under its {@code kid}. The {@code with...} methods make the wrong ones tests need.
 */
public record UniversalLogoutJwt(String issuer, String clientId, String audience, Instant issuedAt,
                                 Duration lifetime, String jwtId) {

    public static UniversalLogoutJwt of(String issuer, String clientId, String audience) {
        return new UniversalLogoutJwt(issuer, clientId, audience, Instant.now(), Duration.ofMinutes(1), UUID.randomUUID().toString());
    }

    public UniversalLogoutJwt withIssuer(String other) {
        return new UniversalLogoutJwt(other, clientId, audience, issuedAt, lifetime, jwtId);
    }

    public UniversalLogoutJwt withAudience(String other) {
        return new UniversalLogoutJwt(issuer, clientId, other, issuedAt, lifetime, jwtId);
    }

    public UniversalLogoutJwt issuedAt(Instant other) {
        return new UniversalLogoutJwt(issuer, clientId, audience, other, lifetime, jwtId);
    }

    public UniversalLogoutJwt withLifetime(Duration other) {
        return new UniversalLogoutJwt(issuer, clientId, audience, issuedAt, other, jwtId);
    }

    /** Signed with {@code key}, under {@code key}'s own {@code kid}. */
    public String signedWith(RSAKey key) {
        return signedWith(key, key.getKeyID());
    }

    /** Signed with {@code key} but naming {@code keyId} in the header (a forged or unknown key). */
    public String signedWith(RSAKey key, String keyId) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(clientId)
                .audience(audience)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .jwtID(jwtId)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign", e);
        }
        return jwt.serialize();
    }
}
