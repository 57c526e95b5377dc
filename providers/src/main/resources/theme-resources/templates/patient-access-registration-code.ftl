<#import "template.ftl" as layout>
<#-- Keycloak's login theme classes (theme.properties) rather than PatternFly's, so that the page looks like the realm's own login pages. -->
<#assign codeWrong = (message?has_content && message.type = "error")>
<@layout.registrationLayout displayMessage=!(codeTriesUsedUp!false); section>
  <#if section = "header">
    ${msg("patientAccessRegistrationCodeTitle")}
  <#elseif section = "form">
    <#if nameUnusable!false>
      <#-- Why, in the page's message (Keycloak's alert). -->
      <form id="registration-code-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
        <div class="${properties.kcFormGroupClass!}">
          <div class="${properties.kcFormActionGroupClass!}">
            <button id="registration-code-continue" name="decision" value="continue" type="submit" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("patientAccessRegistrationCodeContinue")}</button>
          </div>
        </div>
      </form>
    <#elseif codeTriesUsedUp!false>
      <form id="registration-code-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
        <p id="registration-code-used-up">${msg("patientAccessRegistrationCodeUsedUp")}</p>
        <div class="${properties.kcFormGroupClass!}">
          <div class="${properties.kcFormActionGroupClass!}">
            <button id="registration-code-continue" name="decision" value="continue" type="submit" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("patientAccessRegistrationCodeContinue")}</button>
          </div>
        </div>
      </form>
    <#else>
      <form id="registration-code-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
        <p id="registration-code-intro">${msg("patientAccessRegistrationCodeIntro")}</p>
        <div class="${properties.kcFormGroupClass!}">
          <div class="${properties.kcFormGroupLabelClass!}">
            <label for="code" class="${properties.kcFormLabelClass!}"><span class="${properties.kcFormLabelTextClass!}">${msg("patientAccessRegistrationCodeLabel")}</span></label>
          </div>
          <span class="${properties.kcInputClass!}<#if codeWrong> ${properties.kcError!}</#if>">
            <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" autofocus<#if codeWrong> aria-invalid="true"</#if>/>
          </span>
        </div>
        <div class="${properties.kcFormGroupClass!}">
          <div class="${properties.kcFormActionGroupClass!}">
            <button id="registration-code-link" name="decision" value="code" type="submit" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("patientAccessRegistrationCodeLink")}</button>
            <button id="registration-code-continue" name="decision" value="continue" type="submit" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("patientAccessRegistrationCodeContinue")}</button>
          </div>
        </div>
      </form>
    </#if>
  </#if>
</@layout.registrationLayout>
