package org.patientaccess.keycloak.rest.account;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;
import org.patientaccess.keycloak.pages.InvitationPage;
import org.patientaccess.keycloak.rest.fhir.FhirResource;

/** Mounts the signed-in person's API and the FHIR base at {@code /realms/{realm}/patient-access}. */
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

    /** The realm's FHIR base: SMART discovery and the FHIR API. */
    @Path("fhir")
    @Parameter(ref = "realm")
    public FhirResource fhir() {
        return new FhirResource(session);
    }

    @Override
    public void close() {
    }
}
