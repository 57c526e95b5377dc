package org.patientaccess.keycloak.it.support;

import java.nio.file.Path;

import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/**
 * The one server configuration of every integration test: Keycloak 26.7.3 with our providers and
 * themes JARs in providers/. Every test class names this class, so the run starts one server.
 */
public class PatientAccessServerConfig implements KeycloakServerConfig {

    /** The server's log of this run (a file of its own), for the test that reads it after every other. */
    private static final Path SERVER_LOG = Path.of("target", "keycloak-server-" + ProcessHandle.current().pid() + ".log").toAbsolutePath();

    public static Path serverLog() {
        return SERVER_LOG;
    }

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
        config.log().handlers(KeycloakServerConfigBuilder.LogHandlers.FILE);
        return config
                .option("log-file", SERVER_LOG.toString())
                .dependency("org.patientaccess", "patient-access-providers")
                .dependency("org.patientaccess", "patient-access-themes")
                // The Test Framework's own providers, for time offsets; always deployed, so that a
                // class that moves time does not restart the server.
                .dependency("org.keycloak.testframework", "keycloak-test-framework-remote-providers")
                // As docs/security.md advises operators: Keycloak's event logger writes failed logins with
                // the username at WARN unless told otherwise.
                .spiOption("events-listener", "jboss-logging", "error-level", "debug")
                // Realms without their own setting read numbers without a country code as French. The
                // option's former name (before the stores became one SPI, patient-access-store): still read.
                .spiOption("patient-record", "jpa", "default-phone-region", "FR");
    }
}
