package org.patientaccess.keycloak.rest.admin;

import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.patientaccess.keycloak.core.DuplicatePair;
import org.patientaccess.keycloak.core.DuplicateScan;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.MatchGrade;
import org.patientaccess.keycloak.core.UnknownIdException;
import org.patientaccess.keycloak.duplicates.DuplicateDismissals;
import org.patientaccess.keycloak.duplicates.DuplicateScans;
import org.patientaccess.keycloak.rest.representation.DuplicatePairRepresentation;
import org.patientaccess.keycloak.rest.representation.DuplicatePairsRepresentation;
import org.patientaccess.keycloak.rest.representation.DuplicateScanRepresentation;
import org.patientaccess.keycloak.rest.representation.PatientRepresentation;

/**
 * Possible duplicates: {@code /admin/realms/{realm}/patient-access/duplicates}, the scan that finds
 * them ({@code /duplicates/scan}) and "not the same person" ({@code /duplicates/{pairId}/dismiss}).
 * Reading needs view-users (checked where this resource is located), starting and dismissing manage-users.
 */
@Tag(name = "Duplicates")
public class DuplicatesResource {

    static final String SCAN_RESOURCE_TYPE = "PATIENT_DUPLICATE_SCAN";
    static final String PAIR_RESOURCE_TYPE = "PATIENT_DUPLICATE_PAIR";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public DuplicatesResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    @POST
    @Path("scan")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startDuplicateScan", summary = "Start a duplicate scan of the realm's active records", description = """
            The scan runs in the background on one node: it reads the active records in order of each
            blocking key of the match (the surname's sound, the given name's sound, the birth date, the
            email, the phone), scores the records alike with the match's scoring (both ways round,
            keeping the better), and keeps the pairs graded probable or certain that were not dismissed
            (across a whole clinic, the possibles are mostly households: twins, a child named after a
            parent). While a scan of the realm runs, this
            answers that scan (the same id): two starts give one scan. Once it completes, the list holds
            the pairs it found; until then the previous list stays.
            """)
    @APIResponse(responseCode = "202", description = "The scan started, or the one already running.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DuplicateScanRepresentation.class)))
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    public Response startScan() {
        auth.users().requireManage();
        DuplicateScan scan = new DuplicateScans(session, realm).start(auth.adminAuth().getUser().getId());
        adminEvent.resource(SCAN_RESOURCE_TYPE).operation(OperationType.ACTION)
                .resourcePath("patient-access/duplicates/scan/" + scan.id())
                .success();
        return Response.status(Response.Status.ACCEPTED).entity(DuplicateScanRepresentation.of(scan)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("scan")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDuplicateScan", summary = "The realm's latest duplicate scan, with its progress")
    @APIResponse(responseCode = "200", description = "The latest scan.")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotView")
    @APIResponse(responseCode = "404", description = "The realm never had a scan.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public DuplicateScanRepresentation latestScan() {
        return new DuplicateScans(session, realm).latest().map(DuplicateScanRepresentation::of)
                .orElseThrow(() -> new UnknownIdException("No duplicate scan yet"));
    }

    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listDuplicates", summary = "Possible duplicates, best first", description = """
            The pairs of records the latest scans found alike, best first (certain, probable, possible;
            then by score), leaving out pairs dismissed as not the same person and pairs of which a
            record is no longer active (merged or archived). Merge a pair with `POST /patients/{id}/merge`.
            """)
    @APIResponse(responseCode = "200", description = "A page of pairs and how many there are.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotView")
    public DuplicatePairsRepresentation list(
            @QueryParam("grade") @Parameter(description = "Only pairs of this grade.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"certain", "probable", "possible"})) String grade,
            @QueryParam("first") @Parameter(description = "Index of the first result (paging).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String first,
            @QueryParam("max") @Parameter(description = "Page size.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String max) {
        MatchGrade only = grade(grade);
        Paging page = Paging.of(first, max);
        DuplicateScans.Proposed proposed = new DuplicateScans(session, realm).proposed(only, page.first(), page.max());
        return new DuplicatePairsRepresentation(proposed.pairs().stream()
                .map(found -> new DuplicatePairRepresentation(found.pair().id(),
                        PatientRepresentation.of(found.a()),
                        PatientRepresentation.of(found.b()),
                        found.pair().score(),
                        found.pair().grade().name().toLowerCase(Locale.ROOT)))
                .toList(), proposed.total());
    }

    /** A grade filter: certain, probable or possible (any case), or none; else a 400 naming it. */
    private static MatchGrade grade(String grade) {
        if (grade == null || grade.isBlank()) {
            return null;
        }
        try {
            return MatchGrade.valueOf(grade.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("grade", "grade must be certain, probable or possible");
        }
    }

    @POST
    @Path("{pairId}/dismiss")
    @Operation(operationId = "dismissDuplicate", summary = "Not the same person: the pair is no longer proposed", description = """
            Remembered for that pair of records: no later scan proposes it, and the online-registration
            queue does not offer one of the records as a candidate for the other.
            """)
    @APIResponse(responseCode = "204", description = "Dismissed (or already dismissed).")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    @APIResponse(responseCode = "404", description = "No pair with this id in this realm.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public Response dismiss(@PathParam("pairId") String pairId) {
        auth.users().requireManage();
        DuplicatePair pair = new DuplicateDismissals(session, realm).dismiss(pairId, auth.adminAuth().getUser().getId())
                .orElseThrow(() -> new UnknownIdException("Duplicate pair not found"));
        adminEvent.resource(PAIR_RESOURCE_TYPE).operation(OperationType.ACTION)
                .resourcePath("patient-access/duplicates/" + pair.id())
                .success();
        return Response.noContent().build();
    }
}
