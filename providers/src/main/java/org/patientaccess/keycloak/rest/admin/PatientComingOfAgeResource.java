package org.patientaccess.keycloak.rest.admin;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.patientaccess.keycloak.access.Actor;
import org.patientaccess.keycloak.core.ContinuedGuardianship;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.lifecycle.ComingOfAgeOverview;
import org.patientaccess.keycloak.lifecycle.ContinuedGuardianships;
import org.patientaccess.keycloak.rest.representation.ComingOfAgeRepresentation;
import org.patientaccess.keycloak.rest.representation.ContinuedGuardianshipRepresentation;
import org.patientaccess.keycloak.rest.representation.ContinuedGuardianshipRequestRepresentation;
import org.patientaccess.keycloak.rest.representation.StrictJson;

/**
 * One patient's coming of age: {@code /patients/{id}/coming-of-age}, and the continued-guardianship
 * mark below it. Reading needs view-users (checked where this resource is located), the mark manage-users.
 */
@Tag(name = "Coming of age")
public class PatientComingOfAgeResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final PatientRecord patient;

    PatientComingOfAgeResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
                               AdminEventBuilder adminEvent, PatientRecord patient) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(PatientEvents.CONTINUED_GUARDIANSHIP_TYPE);
        this.patient = patient;
    }

    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPatientComingOfAge", summary = "The patient's coming of age", description = """
            The day the patient reaches the realm's age of majority, how many parent and guardian grants
            end on it, the continued-guardianship mark, and whether the notice was sent and the grants ended.
            """)
    @APIResponse(responseCode = "200", description = "The patient's coming of age.")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotView")
    @APIResponse(responseCode = "404", ref = "PatientNotFound")
    public ComingOfAgeRepresentation get() {
        return represent(new ComingOfAgeOverview(session, realm).status(patient), new Actors(session, realm, Actor.staff(auth)));
    }

    @PUT
    @Path("continued-guardianship")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markContinuedGuardianship", summary = "Mark the patient as needing continued guardianship", description = """
            While the mark stands, the parents' and guardians' grants do not end when the patient comes
            of age, and no notice says they will. Setting it again changes the reason. Audited (the
            History shows who set it, not the reason).
            """)
    @APIResponse(responseCode = "200", description = "The mark as set.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    @APIResponse(responseCode = "404", ref = "PatientNotFound")
    @APIResponse(responseCode = "409", ref = "MergedRecord")
    public ContinuedGuardianshipRepresentation mark(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContinuedGuardianshipRequestRepresentation.class))) String body) {
        auth.users().requireManage();
        ContinuedGuardianshipRequestRepresentation request = StrictJson.read(body, ContinuedGuardianshipRequestRepresentation.class);
        ContinuedGuardianship mark = new ContinuedGuardianships(session, realm).mark(patient, request.getReason(), Actor.staff(auth));
        adminEvent.operation(OperationType.UPDATE).resourcePath(PatientEvents.path(patient.id(), "continued-guardianship")).success();
        return represent(mark, new Actors(session, realm, Actor.staff(auth)));
    }

    @DELETE
    @Path("continued-guardianship")
    @Operation(operationId = "clearContinuedGuardianship", summary = "Clear the continued-guardianship mark", description = """
            The parents' and guardians' grants end when the patient comes of age (cleared within a week
            after that day, at the next run of the task). Audited.
            """)
    @APIResponse(responseCode = "204", description = "Cleared (also when there was no mark).")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    @APIResponse(responseCode = "404", ref = "PatientNotFound")
    public Response clear() {
        auth.users().requireManage();
        if (new ContinuedGuardianships(session, realm).clear(patient, Actor.staff(auth))) {
            adminEvent.operation(OperationType.DELETE).resourcePath(PatientEvents.path(patient.id(), "continued-guardianship")).success();
        }
        return Response.noContent().build();
    }

    static ComingOfAgeRepresentation represent(ComingOfAgeOverview.Status status, Actors actors) {
        return new ComingOfAgeRepresentation(
                status.comesOfAgeOn().map(Object::toString).orElse(null),
                status.ownAccountFrom().map(Object::toString).orElse(null),
                status.minor(),
                status.guardianGrantsEnding(),
                status.continuedGuardianship().map(mark -> represent(mark, actors)).orElse(null),
                status.noticeSentAt().map(Object::toString).orElse(null),
                status.grantsEndedAt().map(Object::toString).orElse(null));
    }

    private static ContinuedGuardianshipRepresentation represent(ContinuedGuardianship mark, Actors actors) {
        return new ContinuedGuardianshipRepresentation(mark.reason(), actors.of(mark.setBy()), mark.setAt().toString());
    }
}
