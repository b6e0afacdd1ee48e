<#-- Corporate SSO: the person types their Team ID and is sent to their company's Okta. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#assign teamIdError = messagesPerField.existsError('team_id')>
<@layout.registrationLayout displayMessage=!teamIdError; section>
    <#if section = "header">
        ${msg("teamSsoTitle")}
    <#elseif section = "form">
        <div id="kc-form">
          <div id="kc-form-wrapper">
            <p id="team-sso-intro">${msg("teamSsoIntro")}</p>
            <form id="kc-team-sso-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
                <input type="hidden" name="team_sso_action" value="lookup"/>
                <div class="${properties.kcFormGroupClass}">
                    <div class="${properties.kcFormGroupLabelClass}">
                        <label for="team_id" class="${properties.kcFormLabelClass}">
                            <span class="${properties.kcFormLabelTextClass}">${msg("teamSsoTeamIdLabel")}</span>
                        </label>
                    </div>
                    <span class="${properties.kcInputClass} <#if teamIdError>${properties.kcError}</#if>">
                        <input id="team_id" name="team_id" type="text" value="${teamSso.teamId}"
                               autocomplete="organization" autocapitalize="none" spellcheck="false" autofocus
                               aria-describedby="team-id-help<#if teamIdError> team-id-error</#if>"
                               <#if teamIdError>aria-invalid="true"</#if>/>
                    </span>
                    <div class="${properties.kcFormHelperTextClass}">
                        <div class="${properties.kcInputHelperTextClass}">
                            <div class="${properties.kcInputHelperTextItemClass}" id="team-id-help">
                                <span class="${properties.kcInputHelperTextItemTextClass}">${msg("teamSsoTeamIdHelp")}</span>
                            </div>
                        </div>
                    </div>
                    <div id="team-id-error-container" role="alert" aria-live="assertive">
                        <#if teamIdError>
                            <div class="${properties.kcInputHelperTextItemClass} ${properties.kcError}" id="team-id-error">
                                <span class="${properties.kcInputErrorMessageClass}">${messagesPerField.get('team_id')}</span>
                            </div>
                        </#if>
                    </div>
                </div>
                <@buttons.actionGroup>
                    <@buttons.button id="team-sso-submit" name="sso-login" label="teamSsoSubmit" />
                </@buttons.actionGroup>
            </form>
            <form id="kc-team-sso-back" action="${url.loginAction}" method="post">
                <input type="hidden" name="team_sso_action" value="back"/>
                <@buttons.actionGroup>
                    <@buttons.button id="team-sso-back" name="back" label="teamSsoBack" type="secondary" />
                </@buttons.actionGroup>
            </form>
          </div>
        </div>
    </#if>
</@layout.registrationLayout>
