<#import "template.ftl" as layout>
<#assign nowWords><#list inForce as permission>${msg("patientAccessAgeBandPermission" + permission)}<#sep>, </#list></#assign>
<@layout.emailLayout>
<p>${kcSanitize(msg("patientAccessGreeting", recipientFirstName))?no_esc}</p>
<#if change == "GIVEN">
<p>${kcSanitize(msg("patientAccessAssentGiven", patientFirstName, clinicName, until))?no_esc}</p>
<#elseif change == "WITHDRAWN">
<p>${kcSanitize(msg("patientAccessAssentWithdrawn", patientFirstName, clinicName))?no_esc}</p>
<#else>
<p>${kcSanitize(msg("patientAccessAssentExpired", patientFirstName, clinicName, until))?no_esc}</p>
</#if>
<#if inForce?has_content>
<p>${kcSanitize(msg("patientAccessAssentNow", patientFirstName, nowWords))?no_esc}</p>
<#else>
<p>${kcSanitize(msg("patientAccessAssentSuspended", patientFirstName))?no_esc}</p>
</#if>
<p>${kcSanitize(msg("patientAccessAssentQuestions", clinicName))?no_esc}</p>
</@layout.emailLayout>
