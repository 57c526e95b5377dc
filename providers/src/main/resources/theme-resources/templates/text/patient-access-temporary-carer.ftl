<#ftl output_format="plainText">
${msg("patientAccessGreeting", recipientFirstName)}

<#if invited>
${msg("patientAccessCarerInvitedBody", actorName, carer, patientFirstName, clinicName, until)}
<#else>
${msg("patientAccessCarerEndedBody", actorName, carer, patientFirstName, clinicName)}
</#if>

${msg("patientAccessCarerReview", clinicName)}
