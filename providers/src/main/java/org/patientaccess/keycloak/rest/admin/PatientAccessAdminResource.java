package org.patientaccess.keycloak.rest.admin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.patientaccess.keycloak.records.PatientRecords;
import org.patientaccess.keycloak.rest.representation.FormatsRepresentation;

/** The root of the staff API: {@code /admin/realms/{realm}/patient-access}. */
public class PatientAccessAdminResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public PatientAccessAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
        // Every answer of this API is about patients: no cache (browser, proxy) may keep it.
        session.getContext().getHttpResponse().setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Path("patients")
    @Parameter(ref = "realm")
    public PatientsResource patients() {
        return new PatientsResource(session, realm, auth, adminEvent);
    }

    @Path("merges")
    @Parameter(ref = "realm")
    public MergesResource merges() {
        return new MergesResource(session, realm, auth, adminEvent);
    }

    @Path("registrations")
    @Parameter(ref = "realm")
    public OnlineRegistrationsResource registrations() {
        return new OnlineRegistrationsResource(session, realm, auth, adminEvent);
    }

    @Path("duplicates")
    @Parameter(ref = "realm")
    public DuplicatesResource duplicates() {
        auth.users().requireView();
        return new DuplicatesResource(session, realm, auth, adminEvent);
    }

    @Path("coming-of-age")
    @Parameter(ref = "realm")
    public ComingOfAgeResource comingOfAge() {
        return new ComingOfAgeResource(session, realm, auth, adminEvent);
    }

    @Path("grant-reviews")
    @Parameter(ref = "realm")
    public GrantReviewsResource grantReviews() {
        return new GrantReviewsResource(session, realm, auth, adminEvent);
    }

    /** How the staff console writes the clinic's phone numbers and dates: its region. */
    @GET
    @Path("formats")
    @Parameter(ref = "realm")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Patients")
    @Operation(operationId = "clinicFormats", summary = "How the clinic's phone numbers and dates are written")
    @APIResponse(responseCode = "200", description = "The clinic's region.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FormatsRepresentation.class)))
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotView")
    public FormatsRepresentation formats() {
        auth.users().requireView();
        return new FormatsRepresentation(new PatientRecords(session, realm).defaultPhoneRegion());
    }
}
