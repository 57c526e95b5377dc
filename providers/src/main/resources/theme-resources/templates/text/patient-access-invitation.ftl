<#ftl output_format="plainText">
${msg("patientAccessInvitationBody", clinicName, patientFirstName, msg("patientAccessRelationship_" + relationship))}

<#if lastDay?has_content>
${msg("patientAccessInvitationTemporary", lastDay)}

</#if>
${link}

${msg("patientAccessInvitationExpiry", expiresAt)}

${msg("patientAccessInvitationIgnore", clinicName)}
