<#ftl output_format="plainText">
<#assign keptWords><#list kept as permission>${msg("patientAccessAgeBandPermission" + permission)}<#sep>, </#list></#assign>
${msg("patientAccessGreeting", recipientFirstName)}

<#if notice == "SELF_AGE_BAND">
<#if bandKind == "NARROW">
${msg("patientAccessAgeBandSelfNarrow", age, day, clinicName, keptWords)}
<#elseif bandKind == "SUSPEND">
${msg("patientAccessAgeBandSelfSuspend", age, day, clinicName)}
<#else>
${msg("patientAccessAgeBandSelfReview", age, day, clinicName)}
</#if>
<#if mayAssent && bandKind != "REVIEW">

${msg("patientAccessAgeBandSelfAssent", clinicName)}
</#if>
<#else>
<#if bandKind == "NARROW">
${msg("patientAccessAgeBandGuardianNarrow", patientFirstName, age, day, clinicName, keptWords)}
<#elseif bandKind == "SUSPEND">
${msg("patientAccessAgeBandGuardianSuspend", patientFirstName, age, day, clinicName)}
<#else>
${msg("patientAccessAgeBandGuardianReview", patientFirstName, age, day, clinicName)}
</#if>

${msg("patientAccessAgeBandGuardianCall", patientFirstName)}
</#if>
