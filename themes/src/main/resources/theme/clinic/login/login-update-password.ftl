<#import "template.ftl" as layout>
<#import "password-commons.ftl" as passwordCommons>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "password-validation.ftl" as validator>
<#-- Keycloak's v2 page, but an account without a password yet (a new registration) chooses its first
     one: Keycloak's "You need to change your password" and "Sign out from other devices" would say
     there was an old one and other devices signed in. -->
<#assign firstPassword = authenticatorConfigured?? && !authenticatorConfigured("auth-password-form")>
<@layout.registrationLayout displayMessage=!firstPassword && !messagesPerField.existsError('password','password-confirm'); section>
<!-- template: login-update-password.ftl (clinic) -->
    <#if section = "header">
        <#if firstPassword>${msg("clinicChoosePasswordTitle")}<#else>${msg("updatePasswordTitle")}</#if>
    <#elseif section = "form">
        <#if firstPassword>
            <p id="clinic-choose-password-intro">${msg("clinicChoosePasswordIntro")}</p>
        </#if>
        <form id="kc-passwd-update-form" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.password name="password-new" label=msg("passwordNew") fieldName="password" autocomplete="new-password" autofocus=true />
            <@field.password name="password-confirm" label=msg("passwordConfirm") autocomplete="new-password" />

            <#if !firstPassword>
                <div class="${properties.kcFormGroupClass!}">
                    <@passwordCommons.logoutOtherSessions/>
                </div>
            </#if>

            <@buttons.actionGroup horizontal=true>
                <#if isAppInitiatedAction??>
                    <@buttons.button id="kc-submit" name="login" label="doSubmit"/>
                    <@buttons.button id="kc-cancel" label="doCancel" name="cancel-aia" type="secondary"/>
                <#else>
                    <@buttons.button id="kc-submit" name="login" label="doSubmit"/>
                </#if>
            </@buttons.actionGroup>
        </form>

        <@validator.templates/>
        <@validator.script field="password-new"/>
    </#if>
</@layout.registrationLayout>
