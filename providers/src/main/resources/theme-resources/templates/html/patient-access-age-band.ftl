<#import "template.ftl" as layout>
<#assign keptWords><#list kept as permission>${msg("patientAccessAgeBandPermission" + permission)}<#sep>, </#list></#assign>
<@layout.emailLayout>
<p>${kcSanitize(msg("patientAccessGreeting", recipientFirstName))?no_esc}</p>
<#if notice == "SELF_AGE_BAND">
<#if bandKind == "NARROW">
<p>${kcSanitize(msg("patientAccessAgeBandSelfNarrow", age, day, clinicName, keptWords))?no_esc}</p>
<#elseif bandKind == "SUSPEND">
<p>${kcSanitize(msg("patientAccessAgeBandSelfSuspend", age, day, clinicName))?no_esc}</p>
<#else>
<p>${kcSanitize(msg("patientAccessAgeBandSelfReview", age, day, clinicName))?no_esc}</p>
</#if>
<#if mayAssent && bandKind != "REVIEW">
<p>${kcSanitize(msg("patientAccessAgeBandSelfAssent", clinicName))?no_esc}</p>
</#if>
<#else>
<#if bandKind == "NARROW">
<p>${kcSanitize(msg("patientAccessAgeBandGuardianNarrow", patientFirstName, age, day, clinicName, keptWords))?no_esc}</p>
<#elseif bandKind == "SUSPEND">
<p>${kcSanitize(msg("patientAccessAgeBandGuardianSuspend", patientFirstName, age, day, clinicName))?no_esc}</p>
<#else>
<p>${kcSanitize(msg("patientAccessAgeBandGuardianReview", patientFirstName, age, day, clinicName))?no_esc}</p>
</#if>
<p>${kcSanitize(msg("patientAccessAgeBandGuardianCall", patientFirstName))?no_esc}</p>
</#if>
</@layout.emailLayout>
