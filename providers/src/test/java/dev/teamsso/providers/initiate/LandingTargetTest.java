package dev.teamsso.providers.initiate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LandingTargetTest {

    private static final List<String> REDIRECTS = List.of("https://app.example/callback", "/relative/landing", "https://app.example/*");
    private static final String ROOT = "https://app.example";
    private static final String BASE = "/";

    @Test
    void acceptsAnExactlyRegisteredRedirectUriOrTheBaseUrl() {
        assertThat(LandingTarget.choose("https://app.example/callback", REDIRECTS, ROOT, BASE)).contains("https://app.example/callback");
        assertThat(LandingTarget.choose("https://app.example/relative/landing", REDIRECTS, ROOT, BASE))
                .contains("https://app.example/relative/landing");
        assertThat(LandingTarget.choose("https://app.example/", REDIRECTS, ROOT, BASE)).contains("https://app.example/");
    }

    @Test
    void withoutARequestLandsOnTheBaseUrl() {
        assertThat(LandingTarget.choose(null, REDIRECTS, ROOT, BASE)).contains("https://app.example/");
        assertThat(LandingTarget.choose(null, REDIRECTS, null, "https://app.example/home")).contains("https://app.example/home");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://app.example/anything", "https://evil.example/", "//evil.example/", "javascript:alert(1)",
        "https://app.example@evil.example/", "https%3A%2F%2Fapp.example%2F", "HTTPS://APP.EXAMPLE/",
        "https://app.example/callback#x", "https://app.example/callback?x=1", "/relative/landing"
    })
    void anythingElseFallsBackToTheBaseUrl(String requested) {
        assertThat(LandingTarget.choose(requested, REDIRECTS, ROOT, BASE)).contains("https://app.example/");
    }

    @Test
    void noBaseUrlAndNoMatchMeansNowhere() {
        assertThat(LandingTarget.choose("https://evil.example/", REDIRECTS, null, null)).isEmpty();
        assertThat(LandingTarget.choose(null, REDIRECTS, ROOT, "javascript:alert(1)")).isEmpty();
    }

    @Test
    void onlyWebUrlsWithAHostAndNoUserInfoCount() {
        assertThat(LandingTarget.absolute("ftp://app.example/", null)).isEmpty();
        assertThat(LandingTarget.absolute("https://user@app.example/", null)).isEmpty();
        assertThat(LandingTarget.absolute("/x", "https://app.example/")).contains("https://app.example/x");
    }
}
