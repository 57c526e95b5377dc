<#ftl output_format="plainText">
${msg("patientAccessRegistrationCodeBody", clinicName)}

${code}

${msg("patientAccessRegistrationCodeIgnore")}
