package org.patientaccess.keycloak.rest.admin;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.patientaccess.keycloak.access.Actor;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.history.HistoryEntry;
import org.patientaccess.keycloak.history.PatientHistory;
import org.patientaccess.keycloak.rest.representation.HistoryPageRepresentation;

/**
 * A patient's history: {@code /admin/realms/{realm}/patient-access/patients/{id}/history}, as JSON
 * pages or, with {@code Accept: text/csv}, as a CSV export (the whole history up to
 * {@link #EXPORT_MAX} entries unless paged).
 */
public class PatientHistoryResource {

    /** The paging of a History, the staff's and the family's Activity alike. */
    public static final int PAGE_DEFAULT = 20;
    public static final int PAGE_MAX = 100;
    public static final int EXPORT_MAX = 10_000;
    /** How deep a page may start: each source is read up to the page's end. */
    public static final int FIRST_MAX = 10_000;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final PatientRecord patient;

    PatientHistoryResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, PatientRecord patient) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.patient = patient;
    }

    @GET
    @Path("")
    @Produces({MediaType.APPLICATION_JSON, PatientsResource.CSV})
    @Operation(operationId = "patientHistory", summary = "What happened to the patient and who did it, newest first", description = """
            From Keycloak's stored admin and user events: the record created, changed, archived and restored;
            grants given, changed and ended; invitations sent, resent, answered and withdrawn; merges and
            undos (on both records); registrations linked, queued and decided. With `Accept: text/csv`, the
            same as a CSV export (up to 10,000 entries from `first`).
            """)
    @APIResponse(responseCode = "200", description = "A page of the history.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HistoryPageRepresentation.class)),
            @Content(mediaType = PatientsResource.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotView")
    @APIResponse(responseCode = "404", ref = "PatientNotFound")
    public Response history(
            @QueryParam("first") @Parameter(description = "Index of the first result (paging).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String first,
            @QueryParam("max") @Parameter(description = "Page size.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String max) {
        auth.users().requireView();
        boolean csv = HistoryCsv.wanted(session, null);
        int from = bounded("first", first, 0, 0, FIRST_MAX);
        int size = csv ? bounded("max", max, EXPORT_MAX, 1, EXPORT_MAX) : bounded("max", max, PAGE_DEFAULT, 1, PAGE_MAX);
        PatientHistory.Page page = new PatientHistory(session, realm).page(patient.id(), from, size);
        Actors actors = new Actors(session, realm, Actor.staff(auth));
        List<HistoryPageRepresentation.Entry> entries = page.entries().stream().map(entry -> entry(entry, actors)).toList();
        if (csv) {
            return Response.ok(HistoryCsv.write(entries), PatientsResource.CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"patient-" + patient.id() + "-history.csv\"")
                    .build();
        }
        return Response.ok(new HistoryPageRepresentation(entries, from, size, page.hasMore()), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static HistoryPageRepresentation.Entry entry(HistoryEntry entry, Actors actors) {
        return new HistoryPageRepresentation.Entry(entry.time().toString(), entry.action(),
                entry.actor() == null ? null : actors.of(entry.actor().realmId(), entry.actor().userId()), entry.details());
    }

    /** {@code first} or {@code max} of a page: the fallback when absent, else a whole number within the bounds or a 400 naming it. */
    public static int bounded(String name, String value, int fallback, int min, int max) {
        Integer number = PatientsResource.integer(name, value);
        if (number == null) {
            return fallback;
        }
        if (number < min || number > max) {
            throw new InvalidInputException(name, name + " must be between " + min + " and " + max);
        }
        return number;
    }
}
