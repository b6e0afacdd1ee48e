<#-- The platform's sign-in page: Keycloak's username and password form, then Corporate SSO.
     The stock list of identity-provider buttons is never rendered: team IdPs are found by Team ID. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username','password') displayInfo=false; section>
    <#if section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "form">
        <div id="kc-form">
          <div id="kc-form-wrapper">
            <#if realm.password>
                <form id="kc-form-login" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
                    <#if !usernameHidden??>
                        <@field.input name="username" label=msg("username") error=messagesPerField.getFirstError('username','password')
                            autofocus=true autocomplete="username" value=login.username!'' />
                    </#if>
                    <@field.password name="password" label=msg("password") error="" forgotPassword=realm.resetPasswordAllowed
                        autofocus=usernameHidden?? autocomplete="current-password">
                        <#if realm.rememberMe && !usernameHidden??>
                            <@field.checkbox name="rememberMe" label=msg("rememberMe") value=login.rememberMe?? />
                        </#if>
                    </@field.password>
                    <@buttons.loginButton />
                </form>
            </#if>
            <div class="team-sso-divider" role="separator"><span>${msg("teamSsoOr")}</span></div>
            <form id="kc-team-sso-start" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <input type="hidden" name="team_sso_action" value="start"/>
                <@buttons.actionGroup>
                    <@buttons.button id="team-sso-button" name="corporate-sso" label="teamSsoButton" type="secondary" />
                </@buttons.actionGroup>
            </form>
          </div>
        </div>
    </#if>
</@layout.registrationLayout>
