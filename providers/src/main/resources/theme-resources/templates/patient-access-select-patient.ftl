<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=true; section>
  <#if section = "header">
    ${msg("patientAccessPickerTitle")}
  <#elseif section = "form">
    <p id="patient-picker-intro">${msg("patientAccessPickerIntro")}</p>
    <form id="patient-picker" class="pf-v5-c-form" action="${url.loginAction}" method="post">
      <#list patients as patient>
        <div class="pf-v5-c-form__group">
          <button id="patient-${patient.id()}" name="patient" value="${patient.id()}" type="submit" class="pf-v5-c-button pf-m-secondary pf-m-block">
            <strong>${patient.firstName()} ${patient.lastName()}</strong>
            <span class="patient-picker-detail"><#if patient.relationship() == "SELF">(${msg("patientAccessPickerYou")})<#else>(${msg("patientAccessPickerRole", msg("patientAccessRelationship_" + patient.relationship()))})</#if><#if patient.birthDate()??> · ${patient.birthDate()}</#if></span>
          </button>
        </div>
      </#list>
    </form>
  </#if>
</@layout.registrationLayout>
