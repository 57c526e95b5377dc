<#macro content>
<#-- Keycloak's v2 template calls this hook on every login page (login, registration, reset password,
     errors and our own pages). The clinic's theme properties become styles here, as the template has no
     hook in <head>; css/clinic.css holds the rest. A malformed value is left out, so Keycloak's own look stays. -->
<#assign clinicColor = properties.clinicColor!"">
<#assign clinicColorHover = properties.clinicColorHover!clinicColor>
<#assign clinicLogo = properties.clinicLogo!"">
<style id="clinic-branding">
<#if clinicColor?matches("#[0-9A-Fa-f]{6}") && clinicColorHover?matches("#[0-9A-Fa-f]{6}")>
  html:not(.${properties.kcDarkModeClass!"pf-v5-theme-dark"}) {
    --pf-v5-global--primary-color--100: ${clinicColor};
    --pf-v5-global--primary-color--200: ${clinicColorHover};
    --pf-v5-global--link--Color: ${clinicColor};
    --pf-v5-global--link--Color--hover: ${clinicColorHover};
    --keycloak-card-top-color: ${clinicColor};
  }
</#if>
<#if clinicLogo?matches("[A-Za-z0-9_./-]+") && !clinicLogo?contains("..")>
  #kc-header-wrapper::before {
    content: "";
    background-image: url("${url.resourcesPath}/${clinicLogo}");
  }
</#if>
</style>
</#macro>
