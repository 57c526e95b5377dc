package org.patientaccess.keycloak.rest.admin;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.patientaccess.keycloak.access.Actor;
import org.patientaccess.keycloak.core.PatientMerge;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.merges.PatientMerger;
import org.patientaccess.keycloak.merges.UndoneMerge;
import org.patientaccess.keycloak.records.PatientRecords;
import org.patientaccess.keycloak.rest.representation.MergeSummaryRepresentation;

/**
 * Merges done: {@code /admin/realms/{realm}/patient-access/merges}, newest first, and
 * {@code /merges/{mergeId}/undo}. Reading needs view-users, undoing manage-users.
 */
@Tag(name = "Merges")
public class MergesResource {

    static final String RESOURCE_TYPE = "PATIENT_MERGE";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public MergesResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(RESOURCE_TYPE);
    }

    /** The realm's merges, newest first, each with whether it can still be undone. */
    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listMerges", summary = "Recent merges, newest first",
            description = "Each merge with both records, who merged and when, whether and by whom it was undone, and whether it can be undone now.")
    @APIResponse(responseCode = "200", description = "The realm's merges.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotView")
    public List<MergeSummaryRepresentation> list(
            @QueryParam("first") @Parameter(description = "Index of the first result (paging).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String first,
            @QueryParam("max") @Parameter(description = "Page size.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String max) {
        auth.users().requireView();
        Paging page = Paging.of(first, max);
        PatientMerger merger = new PatientMerger(session, realm);
        List<PatientMerge> merges = merger.page(page.first(), page.max());
        Map<String, PatientRecord> records = new PatientRecords(session, realm).byIds(
                merges.stream().flatMap(merge -> Stream.of(merge.survivorId(), merge.mergedId())).collect(Collectors.toSet()));
        Actors actors = new Actors(session, realm, Actor.staff(auth));
        return merges.stream().map(merge -> new MergeSummaryRepresentation(
                        merge.id(),
                        record(merge.survivorId(), records, merge.survivorBefore()),
                        record(merge.mergedId(), records, merge.mergedBefore()),
                        actors.of(merge.createdBy()),
                        merge.createdAt().toString(),
                        actors.of(merge.undoneBy()),
                        merge.undoneAt() == null ? null : merge.undoneAt().toString(),
                        merger.canUndo(merge)))
                .toList();
    }

    /** A record's current names (as it was before the merge, should it be gone). */
    private static MergeSummaryRepresentation.Record record(String id, Map<String, PatientRecord> records, PatientRecord before) {
        PatientRecord record = records.getOrDefault(id, before);
        return new MergeSummaryRepresentation.Record(id, record.details().firstName(), record.details().lastName());
    }

    /**
     * Puts both records, their grants and invitations back as they were before the merge; 409 listing
     * each change when something changed since that the undo would revert.
     */
    @POST
    @Path("{mergeId}/undo")
    @Operation(operationId = "undoMerge", summary = "Undo a merge; both records, their grants and invitations are put back", description = """
            Refused while anything changed since the merge that the undo would revert or give back:
            the survivor (any save moves its version on), the merged record, a grant the merge moved and
            staff ended since, or the survivor grant of an account whose duplicate grant the merge ended.
            The merge of a queued registration puts that registration back in the queue (PENDING,
            undecided): its account acts for its provisional record again.
            """)
    @APIResponse(responseCode = "204", description = "Undone.")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    @APIResponse(responseCode = "404", description = "No merge with this id in this realm.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "409", description = """
            Already undone, or changed since: `errors` lists each change, with `field` (`survivor`,
            `mergedId` or `grants`) and the record or grant id in `params`; nothing was undone.
            """, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public Response undo(@PathParam("mergeId") String mergeId) {
        auth.users().requireManage();
        UndoneMerge undone = new PatientMerger(session, realm).undo(mergeId, Actor.staff(auth));
        MergeEvents.auditUndo(adminEvent, undone);
        return Response.noContent().build();
    }
}
