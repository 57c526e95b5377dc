<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    <#if invitation.valid>${msg("patientAccessInvitationTitle", invitation.clinicName)}<#else>${msg(invitation.title)}</#if>
  <#elseif section = "form">
    <div id="patient-access-invitation">
    <#if invitation.valid>
      <p id="invitation-intro">${msg("patientAccessInvitationIntro", invitation.clinicName, invitation.patientFirstName, msg("patientAccessRelationship_" + invitation.relationship))}</p>
      <p id="invitation-expiry">${msg("patientAccessInvitationExpires", invitation.expiresAt)}</p>
      <#if invitation.loginUrl??>
        <p><a id="invitation-login" class="pf-v5-c-button pf-m-primary pf-m-block" href="${invitation.loginUrl}">${msg("patientAccessInvitationLogIn")}</a></p>
        <p><a id="invitation-register" class="pf-v5-c-button pf-m-secondary pf-m-block" href="${invitation.registerUrl}">${msg("patientAccessInvitationRegister")}</a></p>
      <#else>
        <form id="invitation-decision" action="${url.loginAction}" method="post">
          <button id="invitation-accept" name="decision" value="accept" type="submit" class="pf-v5-c-button pf-m-primary pf-m-block">${msg("patientAccessInvitationAccept")}</button>
          <button id="invitation-decline" name="decision" value="decline" type="submit" class="pf-v5-c-button pf-m-secondary pf-m-block">${msg("patientAccessInvitationDecline")}</button>
        </form>
      </#if>
    <#else>
      <p id="invitation-problem">${msg(invitation.problem)}</p>
      <#if invitation.canContinue>
        <form id="invitation-continue" action="${url.loginAction}" method="post">
          <button id="invitation-continue-button" name="decision" value="continue" type="submit" class="pf-v5-c-button pf-m-primary pf-m-block">${msg("patientAccessInvitationContinue")}</button>
        </form>
      </#if>
    </#if>
    </div>
  </#if>
</@layout.registrationLayout>
