package dev.teamsso.testing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.TestTeam;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The initiate endpoint under missing, duplicated and malformed parameters, malformed Team IDs
 * in the path, wrong methods and content types and oversized bodies: a fixed 4xx, never a
 * redirect, never a session or sign-in attempt, no account. (InitiateLoginIT covers credentials
 * in the request, a wrong issuer, unknown and disabled teams, hostile {@code target_link_uri}.)
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInitiateIT {

    private static final String TEAM = "lambda";

    private final TeamSsoStack stack;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    private String issuer;
    private int usersBefore;

    HostileInitiateIT(TeamSsoStack stack) {
        this.stack = stack;
    }

    @BeforeAll
    void createTeam() {
        issuer = stack.createTeam(TEAM, TEAM, "admin@lambda.example").issuer();
        usersBefore = stack.realm().users().count();
    }

    @AfterAll
    void removeTeam() {
        TestTeam.of(stack, TEAM).remove();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "iss=", "iss=%20", "ISS=@", "iss=@&iss=@", "iss=@&login_hint=a&login_hint=b",
            "iss=@&target_link_uri=http%3A%2F%2Flocalhost%3A8081%2F&target_link_uri=https%3A%2F%2Fevil.example%2F",
            "iss=@%2F", "iss=@%00", "iss=@%0d%0aX-Injected:1", "iss=LONG", "iss=@&login_hint=LONG", "iss%5B%5D=@", "iss=@;iss=x"
            })
    void malformedQueriesGetTheFixedRefusal(String query) throws Exception {
        HttpResponse<String> answer = send("GET", TEAM, query.replace("@", encode(issuer)).replace("LONG", "x".repeat(5000)), null, null);

        assertRefused(answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LAMBDA", "lambda%20", "lambda.", "%2e%2e", "..%2Flambda", "lambda%2Finitiate", "%3Cscript%3E",
            "lambda%00", "%E2%84%AAappa", "LONG"})
    void malformedTeamIdsInThePathAreRefused(String teamId) throws Exception {
        HttpResponse<String> answer = send("GET", teamId.replace("LONG", "a".repeat(300)), "iss=" + encode(issuer), null, null);

        assertThat(answer.statusCode()).isBetween(400, 404);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
        assertThat(answer.body()).doesNotContain("<script>alert", "Exception");
        assertThat(stack.realm().users().count()).isEqualTo(usersBefore);
    }

    /**
     * A malformed multipart body fails in the server's body parsing with a 500 before this
     * resource is called; that is outside our code (docs/security.md, Security tests).
     */
    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/plain", "application/xml"})
    void postsInOtherContentTypesAreRefused(String contentType) throws Exception {
        HttpResponse<String> answer = send("POST", TEAM, "", contentType, "{\"iss\":\"" + issuer + "\"}");

        // Keycloak answers a JSON, text or XML form post with 400 before our resource sees it.
        assertThat(answer.statusCode()).isIn(400, 415);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
        assertNoSignInStarted(answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
    void otherMethodsAreRefused(String method) throws Exception {
        HttpResponse<String> answer = send(method, TEAM, "iss=" + encode(issuer), "application/x-www-form-urlencoded", "iss=x");

        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {100_000, 5_000_000})
    void oversizedFormBodiesAreRefused(int size) throws Exception {
        String body = "iss=" + encode(issuer) + "&login_hint=" + "x".repeat(size);

        HttpResponse<String> answer = send("POST", TEAM, "", "application/x-www-form-urlencoded", body);

        assertThat(answer.statusCode()).isIn(400, 413);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
        assertNoSignInStarted(answer);
    }

    private void assertRefused(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
        assertNoSignInStarted(answer);
        assertThat(answer.headers().allValues("X-Injected")).isEmpty();
        // A NUL in the query is refused by Keycloak itself with its own generic 400 page.
        assertThat(answer.body()).doesNotContain("Exception", issuer);
        assertThat(stack.realm().users().count()).isEqualTo(usersBefore);
    }

    /** Keycloak's error page may set its own CSRF cookie (KC_STATE_CHECKER); never a sign-in attempt or session. */
    private static void assertNoSignInStarted(HttpResponse<String> answer) {
        assertThat(answer.headers().allValues("Set-Cookie")).as("no sign-in attempt was started")
                .noneMatch(cookie -> cookie.startsWith("AUTH_SESSION_ID") || cookie.startsWith("KEYCLOAK_IDENTITY"));
    }

    private HttpResponse<String> send(String method, String teamId, String query, String contentType, String body) throws Exception {
        URI uri = URI.create(stack.keycloak().realmUrl(TeamSsoStack.REALM) + "/teams/" + teamId + "/initiate"
                + (query.isEmpty() ? "" : "?" + query));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
