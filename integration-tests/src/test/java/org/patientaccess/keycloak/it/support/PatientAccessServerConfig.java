package org.patientaccess.keycloak.it.support;

import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/**
 * The one server configuration of every integration test: Keycloak 26.7.3 with our providers and
 * themes JARs in providers/. Every test class names this class, so the run starts one server.
 */
public class PatientAccessServerConfig implements KeycloakServerConfig {

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
        return config
                .dependency("org.patientaccess", "patient-access-providers")
                .dependency("org.patientaccess", "patient-access-themes")
                // The Test Framework's own providers, for time offsets; always deployed, so that a
                // class that moves time does not restart the server.
                .dependency("org.keycloak.testframework", "keycloak-test-framework-remote-providers")
                // Realms without their own setting read numbers without a country code as French.
                .spiOption("patient-record", "jpa", "default-phone-region", "FR");
    }
}
