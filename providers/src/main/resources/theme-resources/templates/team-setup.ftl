<#-- Self-service set-up of a pending team (issue 13): what to create in Okta, the values, the test sign-in. No JavaScript. -->
<#import "template.ftl" as layout>
<#macro copyValue id label value help="">
    <div class="${properties.kcFormGroupClass!}">
        <label for="${id}" class="${properties.kcFormLabelClass!}">${msg(label)}</label>
        <input id="${id}" class="${properties.kcInputClass!}" type="text" value="${value}" readonly="readonly"
               spellcheck="false" autocapitalize="none"<#if help?has_content> aria-describedby="${id}-help"</#if>/>
        <#if help?has_content><p id="${id}-help" class="${properties.kcInputHelperTextItemTextClass!}">${msg(help)}</p></#if>
    </div>
</#macro>
<#macro field name label type help>
    <#assign fieldError = teamSetup.errors[name]!"">
    <div class="${properties.kcFormGroupClass!}">
        <label for="${name}" class="${properties.kcFormLabelClass!}">${msg(label)}</label>
        <input id="${name}" name="${name}" class="${properties.kcInputClass!}" type="${type}"
               <#if type != "password">value="<#if name == "issuer">${teamSetup.issuer}<#else>${teamSetup.clientId}</#if>"</#if>
               autocomplete="off" autocapitalize="none" spellcheck="false"
               aria-describedby="${name}-help<#if fieldError?has_content> ${name}-error</#if>"
               <#if fieldError?has_content>aria-invalid="true"</#if>/>
        <p id="${name}-help" class="${properties.kcInputHelperTextItemTextClass!}">${msg(help)}</p>
        <#if fieldError?has_content>
            <p id="${name}-error" class="${properties.kcInputErrorMessageClass!} team-sso-setup-error" role="alert">${fieldError}</p>
        </#if>
    </div>
</#macro>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        <#if teamSetup.step == "live">${msg("teamSsoSetupLiveTitle")}<#else>${msg("teamSsoSetupTitle", teamSetup.teamId)}</#if>
    <#elseif section = "form">
        <div id="kc-form">
          <div id="kc-form-wrapper">
          <#if teamSetup.notice?has_content>
            <div id="team-sso-setup-notice" class="${properties.kcAlertClass!} pf-m-warning" role="alert">
                <p>${msg(teamSetup.notice)}</p>
            </div>
          </#if>
          <#if teamSetup.errors["general"]??>
            <p id="general-error" class="${properties.kcInputErrorMessageClass!} team-sso-setup-error" role="alert">${teamSetup.errors["general"]}</p>
          </#if>
          <#if teamSetup.step == "live">
            <p id="team-sso-setup-live">${msg("teamSsoSetupLive", teamSetup.teamId)}</p>
            <@copyValue id="team-sso-setup-tile" label="teamSsoSetupTileUrl" value=teamSetup.tileUrl help="teamSsoSetupTileUrlHelp"/>
          <#else>
            <p id="team-sso-setup-intro">${msg("teamSsoSetupIntro")}</p>
            <fieldset id="team-sso-setup-okta">
                <legend>${msg("teamSsoSetupOktaLegend")}</legend>
                <ol>
                    <li>${msg("teamSsoSetupStepApp")}</li>
                    <li>${msg("teamSsoSetupStepGrant")}</li>
                </ol>
                <@copyValue id="team-sso-setup-redirect-uri" label="teamSsoSetupRedirectUri" value=teamSetup.redirectUri/>
                <@copyValue id="team-sso-setup-initiate-uri" label="teamSsoSetupInitiateUri" value=teamSetup.initiateUri/>
                <@copyValue id="team-sso-setup-login-initiated-by" label="teamSsoSetupLoginInitiatedBy" value=msg("teamSsoSetupEitherOktaOrApp")/>
                <@copyValue id="team-sso-setup-team-id" label="teamSsoSetupTeamId" value=teamSetup.teamId/>
                <p>${msg("teamSsoSetupStepAssign")}</p>
            </fieldset>
            <#if teamSetup.step == "test">
            <form id="team-sso-setup-test" action="${teamSetup.testAction}" method="post">
                <fieldset>
                    <legend>${msg("teamSsoSetupTestLegend")}</legend>
                    <p id="team-sso-setup-test-intro">${msg("teamSsoSetupTestIntro", teamSetup.issuer)}</p>
                    <input type="hidden" name="${teamSetup.csrfField}" value="${teamSetup.csrf}"/>
                    <button id="team-sso-setup-test-button" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!}" type="submit">${msg("teamSsoSetupTestButton")}</button>
                </fieldset>
            </form>
            </#if>
            <form id="team-sso-setup-values" action="${teamSetup.valuesAction}" method="post" novalidate="novalidate">
                <fieldset>
                    <legend><#if teamSetup.step == "test">${msg("teamSsoSetupValuesAgainLegend")}<#else>${msg("teamSsoSetupValuesLegend")}</#if></legend>
                    <input type="hidden" name="${teamSetup.csrfField}" value="${teamSetup.csrf}"/>
                    <@field name="issuer" label="teamSsoSetupIssuer" type="url" help="teamSsoSetupIssuerHelp"/>
                    <@field name="client_id" label="teamSsoSetupClientId" type="text" help="teamSsoSetupClientIdHelp"/>
                    <@field name="client_secret" label="teamSsoSetupClientSecret" type="password" help="teamSsoSetupClientSecretHelp"/>
                    <button id="team-sso-setup-save" class="${properties.kcButtonClass!} <#if teamSetup.step == "test">${properties.kcButtonSecondaryClass!}<#else>${properties.kcButtonPrimaryClass!}</#if>" type="submit">${msg("teamSsoSetupSave")}</button>
                </fieldset>
            </form>
          </#if>
          </div>
        </div>
    </#if>
</@layout.registrationLayout>
