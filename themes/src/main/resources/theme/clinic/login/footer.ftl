<#macro content>
<#-- Keycloak's v2 template calls this hook on every login page (login, registration, reset password,
     errors and our own pages). The clinic's theme properties become styles here, as the template has no
     hook in <head>; css/clinic.css holds the rest. A malformed value is left out, so Keycloak's own look stays. -->
<#assign clinicColor = properties.clinicColor!"">
<#assign clinicColorHover = properties.clinicColorHover!clinicColor>
<#assign clinicLogo = properties.clinicLogo!"">
<style id="clinic-branding">
<#if clinicColor?matches("#[0-9A-Fa-f]{6}") && clinicColorHover?matches("#[0-9A-Fa-f]{6}")>
  :root {
    --keycloak-card-top-color: ${clinicColor};
  }
  /* Links and outlines in the clinic's colour on the white card; in dark mode Keycloak's own, which read on it. */
  html:not(.pf-v5-theme-dark) {
    --pf-v5-global--primary-color--100: ${clinicColor};
    --pf-v5-global--primary-color--200: ${clinicColorHover};
    --pf-v5-global--link--Color: ${clinicColor};
    --pf-v5-global--link--Color--hover: ${clinicColorHover};
  }
  /* Primary buttons, white on the clinic's colour, in light and dark mode alike. */
  .pf-v5-c-button {
    --pf-v5-c-button--m-primary--BackgroundColor: ${clinicColor};
    --pf-v5-c-button--m-primary--hover--BackgroundColor: ${clinicColorHover};
    --pf-v5-c-button--m-primary--focus--BackgroundColor: ${clinicColorHover};
    --pf-v5-c-button--m-primary--active--BackgroundColor: ${clinicColorHover};
    --pf-v5-c-button--m-primary--Color: #ffffff;
    --pf-v5-c-button--m-primary--hover--Color: #ffffff;
    --pf-v5-c-button--m-primary--focus--Color: #ffffff;
    --pf-v5-c-button--m-primary--active--Color: #ffffff;
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
