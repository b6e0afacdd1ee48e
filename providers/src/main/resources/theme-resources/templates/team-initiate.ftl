<#-- Okta tile from somewhere other than the team's Okta: one click before anyone is signed in. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("teamSsoInitiateTitle")}
    <#elseif section = "form">
        <div id="kc-form">
          <div id="kc-form-wrapper">
            <p id="team-sso-initiate-intro">${msg("teamSsoInitiateIntro", teamInitiate.teamId, teamInitiate.oktaHost)}</p>
            <p id="team-sso-initiate-warning">${msg("teamSsoInitiateWarning")}</p>
            <#-- The action carries Keycloak's session code for this browser's sign-in attempt: no other site can post it. -->
            <form id="kc-team-sso-initiate" action="${teamInitiate.continueUrl}" method="post">
                <@buttons.actionGroup>
                    <@buttons.button id="team-sso-initiate-continue" name="continue" label="teamSsoInitiateContinue" />
                </@buttons.actionGroup>
            </form>
          </div>
        </div>
    </#if>
</@layout.registrationLayout>
