package dev.teamsso.providers.initiate;

/** What the one-click page {@code team-initiate.ftl} reads as {@code teamInitiate}. */
public final class InitiatePageBean {

    private final String teamId;
    private final String oktaHost;
    private final String continueUrl;

    InitiatePageBean(String teamId, String oktaHost, String continueUrl) {
        this.teamId = teamId;
        this.oktaHost = oktaHost;
        this.continueUrl = continueUrl;
    }

    /** The team the person is about to sign in to. */
    public String getTeamId() {
        return teamId;
    }

    /** The host of the team's Okta (its issuer), e.g. {@code acme.okta.com}. */
    public String getOktaHost() {
        return oktaHost;
    }

    /**
     * Keycloak's broker login for the team's Okta, bound to this browser's sign-in attempt by a
     * session code no other site can know; the page posts to it.
     */
    public String getContinueUrl() {
        return continueUrl;
    }
}
