package dev.teamsso.providers.logout;

import dev.teamsso.providers.team.Team;
import dev.teamsso.providers.team.TeamDirectory;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.jose.jws.JWSInput;
import org.keycloak.jose.jws.JWSInputException;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.IdentityProviderQuery;
import org.keycloak.models.KeycloakSession;
import org.keycloak.representations.JsonWebToken;

/**
 * Authenticates a revocation request: its Bearer JWT must be signed with the team IdP's keys
 * ({@link IssuerKeys}), pass the {@link RevocationTokenRule}, and be used for the first time
 * ({@link ReplayGuard}); otherwise {@link RevocationError#INVALID_TOKEN}. A JWT that passes all
 * of that for another team's issuer is {@link RevocationError#ACCESS_DENIED}.
 */
final class RequestAuthenticator {

    private static final Logger LOG = Logger.getLogger(RequestAuthenticator.class);
    private static final int OTHER_ISSUER_CANDIDATES = 10;

    private final KeycloakSession session;
    private final IssuerKeys keys;

    RequestAuthenticator(KeycloakSession session) {
        this.session = session;
        this.keys = new IssuerKeys(session);
    }

    void authenticate(Team team, String token, String endpointUrl) {
        JWSInput jws = parse(token);
        TokenClaims claims = claimsOf(jws);
        RevocationTokenRule rule = new RevocationTokenRule(endpointUrl);
        long now = Time.currentTime();
        String teamIssuer = team.identityProvider().getConfig().get(IdentityProviderModel.ISSUER);
        if (teamIssuer != null && teamIssuer.equals(claims.issuer())) {
            Optional<String> refusal = rule.refusal(claims, teamIssuer, now);
            if (refusal.isPresent() || !keys.signedBy(jws, team.identityProvider())) {
                LOG.debugf("team '%s': request JWT refused: %s", team.id(), refusal.orElse("signature"));
                throw new RevocationException(RevocationError.INVALID_TOKEN);
            }
            new ReplayGuard(session).consume(team.id(), claims, now);
            return;
        }
        if (signedByAnotherTeam(jws, claims, rule, now)) {
            new ReplayGuard(session).consume(team.id(), claims, now);
            throw new RevocationException(RevocationError.ACCESS_DENIED);
        }
        LOG.debugf("team '%s': request JWT refused: iss is not the team's issuer", team.id());
        throw new RevocationException(RevocationError.INVALID_TOKEN);
    }

    /** Whether another enabled team's Okta really signed this JWT for this endpoint. */
    private boolean signedByAnotherTeam(JWSInput jws, TokenClaims claims, RevocationTokenRule rule, long now) {
        if (claims.issuer() == null || rule.refusal(claims, claims.issuer(), now).isPresent()) {
            return false;
        }
        TeamDirectory directory = new TeamDirectory(session);
        List<IdentityProviderModel> candidates = session.identityProviders()
                .getAllStream(IdentityProviderQuery.any().with(IdentityProviderModel.ISSUER, claims.issuer()), 0, OTHER_ISSUER_CANDIDATES)
                .filter(idp -> claims.issuer().equals(idp.getConfig().get(IdentityProviderModel.ISSUER)))
                .toList();
        return candidates.stream()
                .map(directory::forIdentityProvider)
                .flatMap(Optional::stream)
                .filter(Team::isEnabled)
                .anyMatch(other -> keys.signedBy(jws, other.identityProvider()));
    }

    private static JWSInput parse(String token) {
        try {
            return new JWSInput(token);
        } catch (JWSInputException | RuntimeException e) {
            throw new RevocationException(RevocationError.INVALID_TOKEN);
        }
    }

    private static TokenClaims claimsOf(JWSInput jws) {
        try {
            JsonWebToken jwt = jws.readJsonContent(JsonWebToken.class);
            if (jwt == null) {
                throw new RevocationException(RevocationError.INVALID_TOKEN);
            }
            List<String> audience = jwt.getAudience() == null ? List.of() : Arrays.asList(jwt.getAudience());
            return new TokenClaims(jwt.getIssuer(), audience, jwt.getExp(), jwt.getIat(), jwt.getNbf(), jwt.getId());
        } catch (JWSInputException | RuntimeException e) {
            throw new RevocationException(RevocationError.INVALID_TOKEN);
        }
    }
}
