<#ftl output_format="plainText">
${msg("patientAccessGreeting", recipientFirstName)}

<#if notice == "SELF_COMING_OF_AGE">
${msg("patientAccessComingOfAgeSelfBody", day, clinicName)}
<#elseif notice == "GUARDIAN_COMING_OF_AGE">
${msg("patientAccessComingOfAgeGuardianBody", patientFirstName, day, clinicName)}

${msg("patientAccessComingOfAgeGuardianKeep", patientFirstName)}
<#else>
${msg("patientAccessOwnAccountGuardianBody", patientFirstName, day, clinicName)}
</#if>
