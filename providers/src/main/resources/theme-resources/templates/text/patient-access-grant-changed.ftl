<#ftl output_format="plainText">
${msg("patientAccessGreeting", patientFirstName)}

<#if granted>
${msg("patientAccessGrantCreatedBody", holderName, msg("patientAccessRelationship_" + relationship), clinicName)}
<#else>
${msg("patientAccessGrantEndedBody", holderName, clinicName)}
</#if>

${msg("patientAccessGrantReview", clinicName)}
