package org.patientaccess.keycloak.it.support.cluster;

import java.util.List;

/** The Keycloak options of both nodes beside their own ports: what {@code kc.sh build} fixes, and what the ITs' server sets too. */
final class ClusterOptions {

    /** Fixed by {@code kc.sh build}, so that {@code start --optimized} skips the build at every start. */
    static final List<String> BUILD = List.of("--db=postgres", "--health-enabled=true", "--metrics-enabled=true");

    /**
     * At every start: the cluster (Keycloak 26.7 reads the cache options at run time, and says so if
     * given to the build); one hostname for both, as behind a load balancer, so that a token or an
     * emailed link made by one node is valid on the other (their issuer is that URL); then, as in
     * PatientAccessServerConfig, no username at WARN for failed logins and numbers without a country
     * code read as French.
     */
    static final List<String> RUNTIME = List.of("--cache=ispn", "--cache-stack=jdbc-ping", "--hostname=" + TwoNodeCluster.FRONT,
            "--spi-events-listener--jboss-logging--error-level=debug",
            "--spi-patient-access-store--jpa--default-phone-region=FR");

    private ClusterOptions() {
    }
}
