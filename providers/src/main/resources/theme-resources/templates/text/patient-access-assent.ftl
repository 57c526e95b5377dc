<#ftl output_format="plainText">
<#assign nowWords><#list inForce as permission>${msg("patientAccessAgeBandPermission" + permission)}<#sep>, </#list></#assign>
${msg("patientAccessGreeting", recipientFirstName)}

<#if change == "GIVEN">
${msg("patientAccessAssentGiven", patientFirstName, clinicName, until)}
<#elseif change == "WITHDRAWN">
${msg("patientAccessAssentWithdrawn", patientFirstName, clinicName)}
<#else>
${msg("patientAccessAssentExpired", patientFirstName, clinicName, until)}
</#if>

<#if inForce?has_content>
${msg("patientAccessAssentNow", patientFirstName, nowWords)}
<#else>
${msg("patientAccessAssentSuspended", patientFirstName)}
</#if>

${msg("patientAccessAssentQuestions", clinicName)}
