<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=!(codeTriesUsedUp!false); section>
  <#if section = "header">
    ${msg("patientAccessRegistrationCodeTitle")}
  <#elseif section = "form">
    <#if codeTriesUsedUp!false>
      <p id="registration-code-used-up">${msg("patientAccessRegistrationCodeUsedUp")}</p>
      <form id="registration-code-form" action="${url.loginAction}" method="post">
        <button id="registration-code-continue" name="decision" value="continue" type="submit" class="pf-v5-c-button pf-m-primary pf-m-block">${msg("patientAccessRegistrationCodeContinue")}</button>
      </form>
    <#else>
      <p id="registration-code-intro">${msg("patientAccessRegistrationCodeIntro")}</p>
      <form id="registration-code-form" action="${url.loginAction}" method="post">
        <div class="pf-v5-c-form__group">
          <label for="code" class="pf-v5-c-form__label">${msg("patientAccessRegistrationCodeLabel")}</label>
          <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" class="pf-v5-c-form-control"/>
        </div>
        <button id="registration-code-link" name="decision" value="code" type="submit" class="pf-v5-c-button pf-m-primary pf-m-block">${msg("patientAccessRegistrationCodeLink")}</button>
        <button id="registration-code-continue" name="decision" value="continue" type="submit" class="pf-v5-c-button pf-m-secondary pf-m-block">${msg("patientAccessRegistrationCodeContinue")}</button>
      </form>
    </#if>
  </#if>
</@layout.registrationLayout>
