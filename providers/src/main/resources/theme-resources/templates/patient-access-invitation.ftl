<#import "template.ftl" as layout>
<#-- Keycloak's login theme classes (theme.properties) rather than PatternFly's, so that the page looks like the realm's own login pages. -->
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    <#if invitation.accepted!false>${msg("patientAccessInvitationAcceptedTitle", invitation.patientFirstName)}<#elseif invitation.valid>${msg("patientAccessInvitationTitle", invitation.clinicName)}<#else>${msg(invitation.title)}</#if>
  <#elseif section = "form">
    <div id="patient-access-invitation" class="${properties.kcFormClass!}">
    <#if invitation.accepted!false>
      <#-- Posts no decision: the required action ends and Keycloak goes on to where the person was going. -->
      <p id="invitation-accepted">${msg("patientAccessInvitationAcceptedText", invitation.patientFirstName, invitation.clinicName)}</p>
      <form id="invitation-continue" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
        <div class="${properties.kcFormGroupClass!}">
          <div class="${properties.kcFormActionGroupClass!}">
            <button id="invitation-continue-button" name="decision" value="continue" type="submit" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("patientAccessInvitationContinue")}</button>
          </div>
        </div>
      </form>
    <#elseif invitation.valid>
      <p id="invitation-intro">${msg("patientAccessInvitationIntro", invitation.clinicName, invitation.patientFirstName, msg("patientAccessRelationship_" + invitation.relationship))}</p>
      <p id="invitation-expiry">${msg("patientAccessInvitationExpires", invitation.expiresAt)}</p>
      <#if invitation.loginUrl??>
        <div class="${properties.kcFormGroupClass!}">
          <div class="${properties.kcFormActionGroupClass!}">
            <a id="invitation-login" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" href="${invitation.loginUrl}">${msg("patientAccessInvitationLogIn")}</a>
            <a id="invitation-register" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" href="${invitation.registerUrl}">${msg("patientAccessInvitationRegister")}</a>
          </div>
        </div>
      <#else>
        <form id="invitation-decision" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
          <div class="${properties.kcFormGroupClass!}">
            <div class="${properties.kcFormActionGroupClass!}">
              <button id="invitation-accept" name="decision" value="accept" type="submit" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("patientAccessInvitationAccept")}</button>
              <button id="invitation-decline" name="decision" value="decline" type="submit" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("patientAccessInvitationDecline")}</button>
            </div>
          </div>
        </form>
      </#if>
    <#else>
      <p id="invitation-problem">${msg(invitation.problem)}</p>
      <#if invitation.canContinue>
        <form id="invitation-continue" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
          <div class="${properties.kcFormGroupClass!}">
            <div class="${properties.kcFormActionGroupClass!}">
              <button id="invitation-continue-button" name="decision" value="continue" type="submit" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("patientAccessInvitationContinue")}</button>
            </div>
          </div>
        </form>
      </#if>
    </#if>
    </div>
  </#if>
</@layout.registrationLayout>
