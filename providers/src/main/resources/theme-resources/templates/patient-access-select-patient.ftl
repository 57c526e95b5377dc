<#import "template.ftl" as layout>
<#-- Keycloak's login theme classes (theme.properties) rather than PatternFly's, so that the page looks like the realm's own login pages. -->
<@layout.registrationLayout displayMessage=true; section>
  <#if section = "header">
    ${msg("patientAccessPickerTitle")}
  <#elseif section = "form">
    <form id="patient-picker" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
      <p id="patient-picker-intro">${msg("patientAccessPickerIntro")}</p>
      <div class="${properties.kcFormGroupClass!}">
        <div class="${properties.kcFormActionGroupClass!}">
        <#list patients as patient>
          <button id="patient-${patient.id()}" name="patient" value="${patient.id()}" type="submit" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">
            <strong>${patient.firstName()} ${patient.lastName()}</strong>
            <span class="patient-picker-detail"><#if patient.relationship() == "SELF">(${msg("patientAccessPickerYou")})<#else>(${msg("patientAccessPickerRole", msg("patientAccessRelationship_" + patient.relationship()))})</#if><#if patient.birthDate()??> · ${patient.birthDate()}</#if></span>
          </button>
        </#list>
        </div>
      </div>
    </form>
  </#if>
</@layout.registrationLayout>
