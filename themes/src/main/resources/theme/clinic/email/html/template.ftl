<#-- The layout of every HTML email of the realm (Keycloak's own templates and ours import it): a band with
     the clinic's name (the realm's display name) in the clinic's colour, then the message. Tables and
     inline styles, as mail programs ignore most of CSS; the text part has no layout. -->
<#macro emailLayout>
<#assign clinicColor = (properties.clinicColor!"")?matches("#[0-9A-Fa-f]{6}")?then(properties.clinicColor, "#0f766e")>
<!DOCTYPE html>
<html lang="${locale.toLanguageTag()}" dir="${(ltr)?then('ltr','rtl')}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${subject!realmName}</title>
<style>
  a { color: ${clinicColor}; }
</style>
</head>
<body style="margin:0; padding:0; background-color:#f3f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;">
  <tr>
    <td align="center" style="padding:24px 12px;">
      <table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%; max-width:600px; background-color:#ffffff; border-collapse:collapse;">
        <tr>
          <td style="background-color:${clinicColor}; padding:20px 32px;"><h1 id="clinic-name" style="margin:0; color:#ffffff; font-family:Arial, Helvetica, sans-serif; font-size:22px; font-weight:bold; line-height:1.3;">${realmName}</h1></td>
        </tr>
        <tr>
          <td style="padding:24px 32px; font-family:Arial, Helvetica, sans-serif; font-size:16px; line-height:1.5; color:#1f2937;">
<#nested>
          </td>
        </tr>
        <tr>
          <td style="padding:16px 32px; border-top:1px solid #e5e7eb; font-family:Arial, Helvetica, sans-serif; font-size:13px; line-height:1.5; color:#4b5563;">${msg("clinicEmailSentBy", realmName)}</td>
        </tr>
      </table>
    </td>
  </tr>
</table>
</body>
</html>
</#macro>
