<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${kcSanitize(msg("patientAccessGreeting", patientFirstName))?no_esc}</p>
<#if granted>
<p>${kcSanitize(msg("patientAccessGrantCreatedBody", holderName, msg("patientAccessRelationship_" + relationship), clinicName))?no_esc}</p>
<#else>
<p>${kcSanitize(msg("patientAccessGrantEndedBody", holderName, clinicName))?no_esc}</p>
</#if>
<p>${kcSanitize(msg("patientAccessGrantReview", clinicName))?no_esc}</p>
</@layout.emailLayout>
