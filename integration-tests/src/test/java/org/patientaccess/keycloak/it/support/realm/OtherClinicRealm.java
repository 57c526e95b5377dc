package org.patientaccess.keycloak.it.support.realm;

/** A second clinic on the same server, whose patients the first clinic must never reach. */
public class OtherClinicRealm extends ClinicRealm {
}
