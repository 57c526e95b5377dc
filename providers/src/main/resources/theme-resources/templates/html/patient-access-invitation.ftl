<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${kcSanitize(msg("patientAccessInvitationBody", clinicName, patientFirstName, msg("patientAccessRelationship_" + relationship)))?no_esc}</p>
<#if lastDay?has_content>
<p>${kcSanitize(msg("patientAccessInvitationTemporary", lastDay))?no_esc}</p>
</#if>
<p><a href="${link}">${kcSanitize(msg("patientAccessInvitationLinkText"))?no_esc}</a></p>
<p>${kcSanitize(msg("patientAccessInvitationExpiry", expiresAt))?no_esc}</p>
<p>${kcSanitize(msg("patientAccessInvitationIgnore", clinicName))?no_esc}</p>
</@layout.emailLayout>
