<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${kcSanitize(msg("patientAccessGreeting", recipientFirstName))?no_esc}</p>
<#if invited>
<p>${kcSanitize(msg("patientAccessCarerInvitedBody", actorName, carer, patientFirstName, clinicName, until))?no_esc}</p>
<#else>
<p>${kcSanitize(msg("patientAccessCarerEndedBody", actorName, carer, patientFirstName, clinicName))?no_esc}</p>
</#if>
<p>${kcSanitize(msg("patientAccessCarerReview", clinicName))?no_esc}</p>
</@layout.emailLayout>
