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
                // Realms without their own setting read numbers without a country code as French.
                .spiOption("patient-record", "jpa", "default-phone-region", "FR");
    }
}
