package org.patientaccess.keycloak.resource.admin;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.idm.ErrorRepresentation;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.patientaccess.keycloak.merge.MergeRefusedException;
import org.patientaccess.keycloak.merge.PatientMerger;
import org.patientaccess.keycloak.merge.UndoRefusedException;

/** Merges done: {@code /admin/realms/{realm}/patient-access/merges/{mergeId}/undo}. */
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
        try {
            new PatientMerger(session, realm).undo(mergeId, auth.adminAuth().getUser().getId());
        } catch (UndoRefusedException e) {
            throw ApiErrors.conflict(e.getMessage(), e.changes().stream()
                    .map(change -> new ErrorRepresentation(change.field(), change.message(), new Object[] {change.id()}))
                    .toList());
        } catch (MergeRefusedException e) {
            throw "mergeId".equals(e.field()) ? ApiErrors.notFound("Merge not found") : ApiErrors.conflict(e.getMessage());
        }
        adminEvent.operation(OperationType.ACTION).resourcePath(session.getContext().getUri()).success();
        return Response.noContent().build();
    }
}
