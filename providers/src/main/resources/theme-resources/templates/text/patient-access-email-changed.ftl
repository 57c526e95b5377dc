<#ftl output_format="plainText">
${msg("patientAccessEmailChangedBody", patientFirstName, clinicName)}

${msg("patientAccessEmailChangedAdvice", clinicName)}
