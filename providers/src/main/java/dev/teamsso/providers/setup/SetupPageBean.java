package dev.teamsso.providers.setup;

import java.util.Map;

/**
 * What {@code team-setup.ftl} reads as {@code teamSetup}: the values to create in Okta, the
 * form's state and its field errors (never the client secret), or the live team's tile URL.
 */
public final class SetupPageBean {

    /** What the page shows: the values form, the test sign-in step, or "the team is live". */
    enum Step { VALUES, TEST, LIVE }

    private final String teamId;
    private final Step step;
    private final SetupUrls urls;
    private final String csrf;
    private final String issuer;
    private final String clientId;
    private final Map<String, String> errors;
    private final String notice;

    SetupPageBean(String teamId, Step step, SetupUrls urls, String csrf, String issuer, String clientId,
                  Map<String, String> errors, String notice) {
        this.teamId = teamId;
        this.step = step;
        this.urls = urls;
        this.csrf = csrf;
        this.issuer = issuer == null ? "" : issuer;
        this.clientId = clientId == null ? "" : clientId;
        this.errors = Map.copyOf(errors);
        this.notice = notice;
    }

    public String getTeamId() {
        return teamId;
    }

    /** {@code values}, {@code test} or {@code live}. */
    public String getStep() {
        return step.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String getRedirectUri() {
        return urls.redirectUri(teamId);
    }

    public String getInitiateUri() {
        return urls.initiateUri(teamId);
    }

    /** The Okta tile's URL once live: the initiate URI with the team's issuer as {@code iss}. */
    public String getTileUrl() {
        return urls.tileUrl(teamId, issuer);
    }

    public String getValuesAction() {
        return urls.valuesAction();
    }

    public String getTestAction() {
        return urls.testAction();
    }

    public String getCsrfField() {
        return SetupContract.FIELD_CSRF;
    }

    public String getCsrf() {
        return csrf;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getClientId() {
        return clientId;
    }

    /** Field name ({@code issuer}, {@code client_id}, {@code client_secret}, {@code general}) to its error. */
    public Map<String, String> getErrors() {
        return errors;
    }

    /** A message key to show above the form (what Okta answered to a failed test sign-in, a refused post), or null. */
    public String getNotice() {
        return notice;
    }
}
