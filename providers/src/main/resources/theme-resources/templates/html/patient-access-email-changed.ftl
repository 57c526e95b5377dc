<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${kcSanitize(msg("patientAccessEmailChangedBody", patientFirstName, clinicName))?no_esc}</p>
<p>${kcSanitize(msg("patientAccessEmailChangedAdvice", clinicName))?no_esc}</p>
</@layout.emailLayout>
