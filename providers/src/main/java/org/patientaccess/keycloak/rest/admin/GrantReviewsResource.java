package org.patientaccess.keycloak.rest.admin;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.patientaccess.keycloak.access.Actor;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.GrantReview;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.lifecycle.GrantReviews;
import org.patientaccess.keycloak.records.PatientRecords;
import org.patientaccess.keycloak.rest.representation.AccessGrantRepresentation;
import org.patientaccess.keycloak.rest.representation.GrantReviewDecisionRepresentation;
import org.patientaccess.keycloak.rest.representation.GrantReviewPageRepresentation;
import org.patientaccess.keycloak.rest.representation.GrantReviewRepresentation;
import org.patientaccess.keycloak.rest.representation.PatientRepresentation;
import org.patientaccess.keycloak.rest.representation.StrictJson;

/**
 * Staff's reviews of parents' and guardians' grants ("review at 13"):
 * {@code /admin/realms/{realm}/patient-access/grant-reviews}. Reading needs view-users; deciding,
 * manage-users and Keycloak's permission to manage the grant's account.
 */
@Tag(name = "Coming of age")
public class GrantReviewsResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final GrantReviews reviews;

    GrantReviewsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
        this.reviews = new GrantReviews(session, realm);
    }

    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listGrantReviews", summary = "The grant reviews waiting for staff, the soonest due first", description = """
            The open reviews of parents' and guardians' grants that an age band's REVIEW day opened (the preset
            `review-13-suspend-16`: at 13), each due 30 days after the day, with the record and the grant as they are
            now; `overdue=true` lists only those past their due day. With `patientId`, every review of that record's
            grants instead, whatever its state (OPEN, DECIDED, NO_LONGER_NEEDED), the latest band day first.
            """)
    @APIResponse(responseCode = "200", description = "A page of reviews and how many there are.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotView")
    @APIResponse(responseCode = "404", ref = "PatientNotFound")
    public GrantReviewPageRepresentation list(
            @QueryParam("overdue") @Parameter(description = "Only the reviews past their due day.",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String overdue,
            @QueryParam("patientId") @Parameter(description = "Every review of this record's grants, whatever its state.",
                    schema = @Schema(type = SchemaType.STRING)) String patientId,
            @QueryParam("first") @Parameter(description = "Index of the first result (paging).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String first,
            @QueryParam("max") @Parameter(description = "Page size.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String max) {
        auth.users().requireView();
        boolean overdueOnly = bool("overdue", overdue);
        Paging page = Paging.of(first, max);
        Actors actors = new Actors(session, realm, Actor.staff(auth));
        if (patientId != null && !patientId.isBlank()) {
            List<GrantReviews.Entry> all = reviews.ofPatient(new PatientRecords(session, realm).get(patientId.strip())).stream()
                    .filter(entry -> !overdueOnly || entry.overdue())
                    .toList();
            return new GrantReviewPageRepresentation(all.stream().skip(page.first()).limit(page.max()).map(entry -> represent(entry, actors)).toList(),
                    all.size(), reviews.today().toString());
        }
        GrantReviews.Page found = reviews.queue(overdueOnly, page.first(), page.max());
        return new GrantReviewPageRepresentation(found.entries().stream().map(entry -> represent(entry, actors)).toList(), found.total(),
                found.today().toString());
    }

    @GET
    @Path("{reviewId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getGrantReview", summary = "Read a grant review")
    @APIResponse(responseCode = "200", description = "The review.")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotView")
    @APIResponse(responseCode = "404", description = "No review with this id in the realm.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public GrantReviewRepresentation get(@PathParam("reviewId") String reviewId) {
        auth.users().requireView();
        return represent(reviews.get(reviewId), new Actors(session, realm, Actor.staff(auth)));
    }

    @POST
    @Path("{reviewId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideGrantReview", summary = "Keep or end the grant a review is about", description = """
            KEEP records the decision; END ends the grant as ending it on User accounts does (the patient's own
            account is told by email). Either needs manage-users and Keycloak's permission to manage the grant's
            account. Both are in the record's History.
            """)
    @APIResponse(responseCode = "200", description = "The review, decided.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    @APIResponse(responseCode = "404", description = "No review with this id in the realm.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "409", description = "The review was decided already, or nothing is left to decide (the grant ended, "
            + "the record is no longer active), or another request changed the grant at the same moment; nothing changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public GrantReviewRepresentation decide(@PathParam("reviewId") String reviewId,
                                            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                                    schema = @Schema(implementation = GrantReviewDecisionRepresentation.class))) String body) {
        auth.users().requireManage();
        GrantReviewDecisionRepresentation request = StrictJson.read(body, GrantReviewDecisionRepresentation.class);
        GrantReviews.Decided decided = reviews.decide(reviewId, request.getDecision(), Actor.staff(auth));
        GrantReview review = decided.entry().review();
        AccessGrant grant = decided.entry().grant();
        String patientId = decided.entry().patient().id();
        AdminEvents.fresh(adminEvent).resource(PatientEvents.GRANT_REVIEW_TYPE).operation(OperationType.UPDATE)
                .resourcePath(PatientEvents.path(patientId, "grant-reviews", review.id()))
                .detail(PatientEvents.REVIEWED_GRANT_ID, grant.id())
                .detail(PatientEvents.USER_ID, grant.userId())
                .detail(PatientEvents.RELATIONSHIP, grant.relationship().name())
                .detail(PatientEvents.DECISION, review.decision().name())
                .success();
        decided.ended().ifPresent(ended -> AdminEvents.fresh(adminEvent).resource(PatientEvents.ACCESS_GRANT_TYPE).operation(OperationType.DELETE)
                .resourcePath(PatientEvents.path(patientId, "accounts", ended.id()))
                .detail(PatientEvents.USER_ID, ended.userId())
                .success());
        return represent(decided.entry(), new Actors(session, realm, Actor.staff(auth)));
    }

    private static GrantReviewRepresentation represent(GrantReviews.Entry entry, Actors actors) {
        GrantReview review = entry.review();
        Instant now = KeycloakClock.UTC.instant();
        return new GrantReviewRepresentation(review.id(), entry.state().name(), review.bandDay().toString(), review.dueOn().toString(),
                entry.overdue(), review.openedAt().toString(), review.decision() == null ? null : review.decision().name(),
                review.decidedAt() == null ? null : review.decidedAt().toString(), actors.of(review.decidedBy()),
                PatientRepresentation.of(entry.patient()),
                AccessGrantRepresentation.of(entry.grant(), actors.viewable(entry.grant().userId()), now, null));
    }

    private static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException(name, name + " must be true or false");
        };
    }
}
