package org.patientaccess.keycloak.rest.admin;

import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.patientaccess.keycloak.access.Actor;
import org.patientaccess.keycloak.age.ComingOfAgeSettings;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.lifecycle.ComingOfAgeOverview;
import org.patientaccess.keycloak.lifecycle.ComingOfAgeRun;
import org.patientaccess.keycloak.rest.representation.AgeBandDayRepresentation;
import org.patientaccess.keycloak.rest.representation.AgeBandsRepresentation;
import org.patientaccess.keycloak.rest.representation.ComingOfAgeEntryRepresentation;
import org.patientaccess.keycloak.rest.representation.ComingOfAgePageRepresentation;
import org.patientaccess.keycloak.rest.representation.ComingOfAgeRunRepresentation;
import org.patientaccess.keycloak.rest.representation.PatientRepresentation;

/**
 * The realm's coming of age: {@code /admin/realms/{realm}/patient-access/coming-of-age}, the records
 * whose transition is near (view-users) and running the daily task now ({@code /run}, manage-realm).
 */
@Tag(name = "Coming of age")
public class ComingOfAgeResource {

    static final int DEFAULT_DAYS = 30;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public ComingOfAgeResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listComingOfAge", summary = "Records coming of age soon, the soonest first", description = """
            The active records reaching the realm's age of majority (`kind=majority`, the default) or its
            own-account age (`kind=own-account`, where the realm sets one) or one of its age bands
            (`kind=age-band`, where the realm sets them: each band's day with what it does) from today to
            `days` days ahead, in the realm's time zone; each with the day, how many parent and guardian
            grants end on the age of majority, and the continued-guardianship mark. Every page tells the
            realm's settings, its age bands included (or that their setting is not understood).
            """)
    @APIResponse(responseCode = "200", description = "A page of records and how many there are.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotView")
    public ComingOfAgePageRepresentation list(
            @QueryParam("kind") @Parameter(description = "Which age: majority, own-account or age-band (the days of the realm's age bands).",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"majority", "own-account", "age-band"}, defaultValue = "majority")) String kind,
            @QueryParam("days") @Parameter(description = "How many days ahead, from today.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "366", defaultValue = "30")) String days,
            @QueryParam("first") @Parameter(description = "Index of the first result (paging).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String first,
            @QueryParam("max") @Parameter(description = "Page size.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String max) {
        auth.users().requireView();
        ComingOfAgeOverview.Kind which = kind(kind);
        Integer ahead = PatientsResource.integer("days", days);
        Paging page = Paging.of(first, max);
        ComingOfAgeOverview overview = new ComingOfAgeOverview(session, realm);
        ComingOfAgeOverview.Page found = overview.upcoming(which, ahead == null ? DEFAULT_DAYS : ahead, page.first(), page.max());
        Actors actors = new Actors(session, realm, Actor.staff(auth));
        ComingOfAgeSettings settings = overview.settings();
        return new ComingOfAgePageRepresentation(found.entries().stream()
                .map(entry -> new ComingOfAgeEntryRepresentation(PatientRepresentation.of(entry.patient()), entry.day().toString(),
                        PatientComingOfAgeResource.represent(entry.status(), actors), entry.band().map(AgeBandDayRepresentation::of).orElse(null)))
                .toList(), found.total(), settings.ageOfMajority(), settings.ownAccessAge().orElse(null), settings.zone().getId(),
                AgeBandsRepresentation.of(overview.ageBands()));
    }

    @POST
    @Path("run")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "runComingOfAge", summary = "Run the daily coming-of-age task for this realm now", description = """
            Does today's work at once instead of waiting for the hourly timer: the notices due, the
            guardians' grants due to end, those an age band's day narrows or suspends, the young
            people's assents expired. What was done already today is not done again. Needs the
            realm-management role manage-realm (an operator's action, not a receptionist's).
            """)
    @APIResponse(responseCode = "200", description = "What the run did.")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", description = "The caller may not manage the realm.")
    public ComingOfAgeRunRepresentation run() {
        auth.realm().requireManageRealm();
        ComingOfAgeRun.Summary summary = ComingOfAgeRun.run(session.getKeycloakSessionFactory(), realm.getId());
        adminEvent.resource(PatientEvents.COMING_OF_AGE_TYPE).operation(OperationType.ACTION)
                .resourcePath("patient-access/coming-of-age/run").success();
        return new ComingOfAgeRunRepresentation(summary.recordsChecked(), summary.noticesSent(), summary.grantsEnded(),
                summary.recordsKeptByContinuedGuardianship(), summary.grantsNarrowed(), summary.assentsEnded(), summary.reviewsOpened());
    }

    private static ComingOfAgeOverview.Kind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return ComingOfAgeOverview.Kind.MAJORITY;
        }
        return switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "majority" -> ComingOfAgeOverview.Kind.MAJORITY;
            case "own-account" -> ComingOfAgeOverview.Kind.OWN_ACCOUNT;
            case "age-band" -> ComingOfAgeOverview.Kind.AGE_BAND;
            default -> throw new InvalidInputException("kind", "kind must be majority, own-account or age-band");
        };
    }
}
