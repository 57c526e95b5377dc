package org.patientaccess.keycloak.it.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.SecurityHeaders;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/** Our own pages carry the security headers the realm gives Keycloak's login pages, and are never cached. */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class OurPagesAreHardenedLikeKeycloaksLoginPageIT {

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @Test
    void theInvitationLandingPageCarriesTheLoginPagesSecurityHeaders() {
        Map<String, String> login = SecurityHeaders.ofLoginPage(urls.getBase(), realm.getName());

        ApiResponse invitation = page("/realms/" + realm.getName() + "/patient-access/invitation?token=not-a-token");

        assertThat(invitation.status()).isEqualTo(410);
        login.forEach((header, value) -> assertThat(invitation.headers().firstValue(header).orElse(null)).as(header).isEqualTo(value));
        assertThat(invitation.headers().firstValue("Content-Security-Policy")).as("the realm's defaults are set").isPresent();
        assertThat(invitation.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    private ApiResponse page(String path) {
        return PatientAccessApi.send(HttpRequest.newBuilder(URI.create(urls.getBase() + path)).header("Accept", "text/html").GET().build());
    }
}
