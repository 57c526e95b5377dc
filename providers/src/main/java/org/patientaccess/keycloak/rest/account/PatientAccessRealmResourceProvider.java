package org.patientaccess.keycloak.rest.account;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;
import org.patientaccess.keycloak.pages.InvitationPage;
import org.patientaccess.keycloak.rest.fhir.FhirReadResource;

/** Mounts the signed-in person's API at {@code /realms/{realm}/patient-access}. */
public class PatientAccessRealmResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;

    public PatientAccessRealmResourceProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return this;
    }

    @Path("me")
    @Parameter(ref = "realm")
    public MyPatientAccessResource me() {
        return new MyPatientAccessResource(session);
    }

    /** Where invitation links land. */
    @Path("invitation")
    @Parameter(ref = "realm")
    public InvitationPage invitation() {
        return new InvitationPage(session);
    }

    /** The read-only FHIR R4 view of who acts for whom, for SMART apps (docs/fhir.md). */
    @Path("fhir")
    @Operation(hidden = true)
    public FhirReadResource fhir() {
        return new FhirReadResource(session);
    }

    @Override
    public void close() {
    }
}
