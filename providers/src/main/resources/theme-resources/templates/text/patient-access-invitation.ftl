<#ftl output_format="plainText">
${msg("patientAccessInvitationBody", clinicName, patientFirstName, msg("patientAccessRelationship_" + relationship))}

${link}

${msg("patientAccessInvitationExpiry", expiresAt)}

${msg("patientAccessInvitationIgnore", clinicName)}
