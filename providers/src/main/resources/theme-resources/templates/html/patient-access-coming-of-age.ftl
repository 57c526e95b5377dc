<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${kcSanitize(msg("patientAccessGreeting", recipientFirstName))?no_esc}</p>
<#if notice == "SELF_COMING_OF_AGE">
<p>${kcSanitize(msg("patientAccessComingOfAgeSelfBody", day, clinicName))?no_esc}</p>
<#elseif notice == "GUARDIAN_COMING_OF_AGE">
<p>${kcSanitize(msg("patientAccessComingOfAgeGuardianBody", patientFirstName, day, clinicName))?no_esc}</p>
<p>${kcSanitize(msg("patientAccessComingOfAgeGuardianKeep", patientFirstName))?no_esc}</p>
<#else>
<p>${kcSanitize(msg("patientAccessOwnAccountGuardianBody", patientFirstName, day, clinicName))?no_esc}</p>
</#if>
</@layout.emailLayout>
