<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${kcSanitize(msg("patientAccessRegistrationCodeBody", clinicName))?no_esc}</p>
<p style="font-size: 1.5em; letter-spacing: 0.2em;"><b>${code}</b></p>
<p>${kcSanitize(msg("patientAccessRegistrationCodeIgnore"))?no_esc}</p>
</@layout.emailLayout>
