package org.patientaccess.keycloak.rest.admin;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
import org.patientaccess.keycloak.core.EmailSource;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.PatientMerge;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientSearch;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.importing.ImportReport;
import org.patientaccess.keycloak.importing.ImportRow;
import org.patientaccess.keycloak.importing.PatientImporter;
import org.patientaccess.keycloak.merges.PatientMerger;
import org.patientaccess.keycloak.records.PatientRecords;
import org.patientaccess.keycloak.rest.imports.CsvPatientReader;
import org.patientaccess.keycloak.rest.imports.FhirPatientReader;
import org.patientaccess.keycloak.rest.imports.JsonPatientReader;
import org.patientaccess.keycloak.rest.representation.ImportReportRepresentation;
import org.patientaccess.keycloak.rest.representation.MatchResultRepresentation;
import org.patientaccess.keycloak.rest.representation.MergeRequestRepresentation;
import org.patientaccess.keycloak.rest.representation.MergeResultRepresentation;
import org.patientaccess.keycloak.rest.representation.PatientRepresentation;
import org.patientaccess.keycloak.rest.representation.StrictJson;

/**
 * Staff API over a realm's patient records: {@code /admin/realms/{realm}/patient-access/patients}.
 * Reading needs the realm's view-users permission, writing manage-users. Every id is looked up
 * within the realm of the path, so another realm's id answers 404.
 */
@Tag(name = "Patients")
public class PatientsResource {

    static final String FHIR_JSON = "application/fhir+json";
    public static final String CSV = "text/csv";
    /** The admin event resource type of patient records. */
    static final String RESOURCE_TYPE = "PATIENT_RECORD";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final PatientRecords patients;

    public PatientsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(RESOURCE_TYPE);
        this.patients = new PatientRecords(session, realm);
    }

    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchPatients", summary = "Search patients")
    @APIResponse(responseCode = "200", description = "The matching patients, in the requested order.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotView")
    public List<PatientRepresentation> search(@QueryParam("search") @Parameter(ref = "search") String search,
                                              @QueryParam("firstName") @Parameter(ref = "firstName") String firstName,
                                              @QueryParam("lastName") @Parameter(ref = "lastName") String lastName,
                                              @QueryParam("birthDate") @Parameter(ref = "birthDate") String birthDate,
                                              @QueryParam("email") @Parameter(ref = "email") String email,
                                              @QueryParam("phone") @Parameter(ref = "phone") String phone,
                                              @QueryParam("externalId") @Parameter(ref = "externalId") String externalId,
                                              @QueryParam("status") @Parameter(ref = "status") String status,
                                              @QueryParam("sort") @Parameter(schema = @Schema(type = SchemaType.STRING, defaultValue = "lastName",
                                                      enumeration = {"lastName", "firstName", "birthDate", "createdAt", "updatedAt", "externalId"})) String sort,
                                              @QueryParam("order") @Parameter(schema = @Schema(type = SchemaType.STRING, defaultValue = "asc",
                                                      enumeration = {"asc", "desc"})) String order,
                                              @QueryParam("first") @Parameter(description = "Index of the first result (paging).",
                                                      schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String first,
                                              @QueryParam("max") @Parameter(description = "Page size.",
                                                      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PatientSearchParameters.MAX_MAX,
                                                              defaultValue = "" + PatientSearchParameters.DEFAULT_MAX)) String max) {
        auth.users().requireView();
        PatientSearch query = searchOf(search, firstName, lastName, birthDate, email, phone, externalId, status, sort, order, first, max);
        return patients.search(query).stream().map(PatientRepresentation::of).toList();
    }

    @GET
    @Path("count")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "countPatients", summary = "Count the patients a search would find")
    @APIResponse(responseCode = "200", description = "The number of matching patients.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotView")
    public long count(@QueryParam("search") @Parameter(ref = "search") String search,
                      @QueryParam("firstName") @Parameter(ref = "firstName") String firstName,
                      @QueryParam("lastName") @Parameter(ref = "lastName") String lastName,
                      @QueryParam("birthDate") @Parameter(ref = "birthDate") String birthDate,
                      @QueryParam("email") @Parameter(ref = "email") String email,
                      @QueryParam("phone") @Parameter(ref = "phone") String phone,
                      @QueryParam("externalId") @Parameter(ref = "externalId") String externalId,
                      @QueryParam("status") @Parameter(ref = "status") String status) {
        auth.users().requireView();
        PatientSearch query = searchOf(search, firstName, lastName, birthDate, email, phone, externalId, status, null, null, null, null);
        return patients.count(query);
    }

    @POST
    @Path("")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPatient", summary = "Create a patient")
    @APIResponse(responseCode = "201", description = "Created; Location names the new patient.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientRepresentation.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    public Response create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PatientRepresentation.class))) String body) {
        auth.users().requireManage();
        PatientRecord created = patients.create(readPatient(body).input());
        adminEvent.operation(OperationType.CREATE).resourcePath(PatientEvents.path(created.id())).success();
        return Response.created(session.getContext().getUri().getAbsolutePathBuilder().path(created.id()).build())
                .entity(PatientRepresentation.of(created))
                .build();
    }

    /**
     * The records that could be the person described (names required; birth date, email and phone
     * help), graded certain, probable or possible, best first. Reads only.
     */
    @POST
    @Path("match")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "matchPatients", summary = "Find the records that could be a person", description = """
            Candidates come from indexed blocking keys (sounds-alike names with the birth date, its
            slips or the same day a year off; the birth date alone; its slips alone; a sounds-alike given
            name with the birth year; the exact names; the email; the phone), then each is scored field by
            field: names (case, accents, spacing, punctuation, typos, nicknames, phonetics), birth date
            (exact, digits swapped, a year off), email and phone. An exact name or birth date weighs
            more when it is rare among the realm's records and less when it is common. A shared household
            contact is weak evidence; a different birth date is strong evidence against. `certain` needs
            the given name (or a nickname), a contact in common, and the surname and birth date with at
            most one slip between them (a surname one keystroke off, or digits of the date swapped within
            its year); a nickname is not certain beside the exact given name asked. Reads only.
            """)
    @APIResponse(responseCode = "200", description = "At most 10 candidates, best first.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotView")
    public MatchResultRepresentation match(@RequestBody(required = true, description = "The person: names required; birth date, email and phone help.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientRepresentation.class))) String body) {
        auth.users().requireView();
        return MatchResultRepresentation.of(patients.match(readPatient(body).input()));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPatient", summary = "Read a patient",
            description = "A merged record's id answers with its survivor, and the survivor's ETag.")
    @APIResponse(responseCode = "200", description = "The patient.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientRepresentation.class)))
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotView")
    @APIResponse(responseCode = "404", ref = "PatientNotFound")
    public Response get(@PathParam("id") String id) {
        auth.users().requireView();
        // A merged record answers with its survivor (and the survivor's ETag), so that an app holding the old id keeps working.
        PatientRecord current = patients.current(id);
        return Response.ok(PatientRepresentation.of(current)).tag(IfMatch.etag(current)).build();
    }

    /** Folds another record into this one (the survivor); see {@link PatientMerger}. */
    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Merges")
    @Operation(operationId = "mergePatients", summary = "Fold another record into this one (the survivor)", description = """
            One transaction: the survivor keeps its id and, per field, its own value unless the field is
            listed in `take` (an empty survivor field is filled from the merged record); every grant and
            pending invitation of the merged record moves to the survivor (a grant whose account already
            acts for the survivor is ended); the merged record becomes MERGED with `mergedInto`, and
            reading its id answers with the survivor. The before-image is kept for undo.
            """)
    @APIResponse(responseCode = "200", description = "Merged.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    @APIResponse(responseCode = "404", ref = "PatientNotFound")
    @APIResponse(responseCode = "409", description = "Both records have an account of their own, or one is merged already; nothing changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public MergeResultRepresentation merge(@PathParam("id") String id,
                                           @RequestBody(required = true, description = "`mergedId` is required.",
                                                   content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                                           schema = @Schema(implementation = MergeRequestRepresentation.class))) String body) {
        auth.users().requireManage();
        PatientRecord survivor = patients.get(id);
        MergeRequestRepresentation request = StrictJson.read(body, MergeRequestRepresentation.class);
        if (request.getMergedId() == null) {
            throw new InvalidInputException("mergedId", "mergedId is required");
        }
        PatientMerge merge = new PatientMerger(session, realm).merge(survivor.id(), request.getMergedId(), request.take(), Actor.staff(auth));
        MergeEvents.audit(adminEvent, merge);
        return new MergeResultRepresentation(merge.id(), PatientRepresentation.of(patients.get(survivor.id())));
    }

    @Path("{id}/accounts")
    public PatientAccountsResource accounts(@PathParam("id") @Parameter(description = "The patient's id.") String id) {
        auth.users().requireView();
        PatientRecord patient = patients.get(id);
        return new PatientAccountsResource(session, realm, auth, adminEvent, patient);
    }

    @Path("{id}/history")
    public PatientHistoryResource history(@PathParam("id") String id) {
        auth.users().requireView();
        // A merged record's id answers its own history; the survivor's holds the merge.
        PatientRecord patient = patients.get(id);
        return new PatientHistoryResource(session, realm, auth, patient);
    }

    @Path("{id}/coming-of-age")
    public PatientComingOfAgeResource comingOfAge(@PathParam("id") @Parameter(description = "The patient's id.") String id) {
        auth.users().requireView();
        PatientRecord patient = patients.get(id);
        return new PatientComingOfAgeResource(session, realm, auth, adminEvent, patient);
    }

    @Path("{id}/invitations")
    public PatientInvitationsResource invitations(@PathParam("id") @Parameter(description = "The patient's id.") String id) {
        auth.users().requireView();
        PatientRecord patient = patients.get(id);
        return new PatientInvitationsResource(session, realm, auth, adminEvent, patient);
    }

    /**
     * Replaces the editable fields; a {@code status} of ACTIVE or ARCHIVED, when given, is applied too.
     * With If-Match, only if the record still has that version (else 412, nothing written).
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePatient", summary = "Replace a patient's editable fields", description = """
            Every editable field is replaced: a field left out is cleared. `status` may be given as
            ACTIVE or ARCHIVED to restore or archive the patient; other read-only fields are ignored.
            With `If-Match` (the ETag of a read), the change is made only if nobody changed the record
            since; without it, the last save wins. A merged record cannot be changed (409 naming its survivor).
            """)
    @APIResponse(responseCode = "200", description = "The updated patient.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientRepresentation.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    @APIResponse(responseCode = "404", ref = "PatientNotFound")
    @APIResponse(responseCode = "409", ref = "MergedRecord")
    @APIResponse(responseCode = "412",
            description = "The record's version is no longer the one named in If-Match (`field` is `If-Match`); nothing was written. Read it again.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public Response update(@PathParam("id") String id,
                           @HeaderParam(IfMatch.HEADER) @Parameter(description =
                                   "The ETag read with the patient, such as \"3\" (quotes included); `*` matches any version. Compared strongly.")
                           String ifMatch,
                           @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = PatientRepresentation.class))) String body) {
        auth.users().requireManage();
        PatientRepresentation input = readPatient(body);
        PatientRecord before = patients.get(id);
        PatientRecord updated = patients.edit(id, input.input(), status(input.getStatus()), IfMatch.versions(ifMatch), Actor.staff(auth));
        // An archive or a restore through an edit is told apart in the record's history by the new status.
        adminEvent.operation(OperationType.UPDATE).resourcePath(PatientEvents.path(updated.id()))
                .detail(PatientEvents.STATUS, updated.status() == before.status() ? null : updated.status().name())
                .success();
        return Response.ok(PatientRepresentation.of(updated)).tag(IfMatch.etag(updated)).build();
    }

    /** Archives the record: health records are kept, not deleted. A merged record is refused (409, naming its survivor). */
    @DELETE
    @Path("{id}")
    @Operation(operationId = "archivePatient", summary = "Archive a patient",
            description = "Health records are kept; the patient leaves the default search and can be restored with PUT status ACTIVE.")
    @APIResponse(responseCode = "204", description = "Archived (also when it already was).")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    @APIResponse(responseCode = "404", ref = "PatientNotFound")
    @APIResponse(responseCode = "409", ref = "MergedRecord")
    public Response archive(@PathParam("id") String id) {
        auth.users().requireManage();
        PatientRecord archived = patients.archive(id, Actor.staff(auth));
        adminEvent.operation(OperationType.DELETE).resourcePath(PatientEvents.path(archived.id())).success();
        return Response.noContent().build();
    }

    /**
     * Confirms the record's email as the clinic's: one someone acting for the patient set (or a family
     * typed) proves nothing about who registers until the clinic or the patient confirms it.
     */
    @POST
    @Path("{id}/email-confirmation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmPatientEmail", summary = "Confirm the patient's email as the clinic's", description = """
            An email set by someone acting for the patient (`emailSource` DELEGATE) proves nothing about who
            registers online until the clinic or the patient confirms it. After this, `emailSource` is CLINIC;
            an email that already proves something (CLINIC, PATIENT) stays as it is. With `If-Match`, only the
            email of the version read (else 412).
            """)
    @APIResponse(responseCode = "200", description = "The patient, its email now the clinic's.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientRepresentation.class)))
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    @APIResponse(responseCode = "404", ref = "PatientNotFound")
    @APIResponse(responseCode = "409", description = "The patient has no email, or was merged (then `params` names the survivor).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "412", description = "The record's version is no longer the one named in If-Match; nothing was confirmed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public Response confirmEmail(@PathParam("id") String id,
                                 @HeaderParam(IfMatch.HEADER) @Parameter(description =
                                         "The ETag read with the patient: the email of that version only. Compared strongly.")
                                 String ifMatch) {
        auth.users().requireManage();
        EmailSource before = patients.get(id).emailSource();
        PatientRecord confirmed = patients.confirmEmail(id, IfMatch.versions(ifMatch));
        if (confirmed.emailSource() != before) {
            adminEvent.operation(OperationType.UPDATE).resourcePath(PatientEvents.path(confirmed.id()))
                    .detail(PatientEvents.EMAIL_CONFIRMED, "true")
                    .success();
        }
        return Response.ok(PatientRepresentation.of(confirmed)).tag(IfMatch.etag(confirmed)).build();
    }

    /** One operation in the document, whose body is CSV, a FHIR Bundle or JSON (the three methods below). */
    @POST
    @Path("import")
    @Consumes(CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importPatients", summary = "Import patients, creating or updating them by externalId", description = """
            Idempotent by `externalId`, which every row needs. Every row is validated before anything is
            written: a bad row becomes a failure (its row, field and message) and the good rows are
            imported. A body that cannot be read as a whole (not CSV, an unknown column, not a Bundle)
            answers 400 and writes nothing. `row` is the 1-based position of the patient in the input
            (for CSV, the first line after the header is row 1). A request body is limited to 10 MiB:
            split larger files.
            """)
    @APIResponse(responseCode = "200", description = "What the import did.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    @APIResponse(responseCode = "409", description = "Another import or an edit changed the same patients at the same moment; nothing was imported.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "415", description = "Another content type; `errorMessage` names the supported ones.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public ImportReportRepresentation importCsv(@RequestBody(required = true, content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING, description = "A header row naming the fields (externalId, firstName, lastName, "
                    + "birthDate, email, phone; read-only fields are ignored), then one patient per line."),
            example = """
                    externalId,firstName,lastName,birthDate,email,phone
                    RP-1001,Maria,Garcia,1984-06-02,maria.garcia@example.com,(416) 555-0134
                    """)) String body) {
        return importRows(() -> CsvPatientReader.read(body));
    }

    @POST
    @Path("import")
    @Consumes(FHIR_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReportRepresentation importFhir(@RequestBody(required = true, content = @Content(mediaType = FHIR_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "A FHIR R4 Bundle of Patient resources. identifier[0].value is the "
                    + "externalId; the official name (else the first) gives the names; telecom gives the email and the phone (mobile first)."))) String body) {
        return importRows(() -> FhirPatientReader.read(body));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReportRepresentation importJson(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PatientRepresentation.class))) String body) {
        return importRows(() -> JsonPatientReader.read(body));
    }

    /** Any other body type: a 415 that names the ones an import reads. */
    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public ImportReportRepresentation importUnsupported() {
        auth.users().requireManage();
        throw ApiErrors.unsupportedImportType(List.of(CSV, FHIR_JSON, MediaType.APPLICATION_JSON));
    }

    private ImportReportRepresentation importRows(Supplier<List<ImportRow>> reader) {
        auth.users().requireManage();
        ImportReport report = new PatientImporter(session, realm).importRows(reader.get());
        // Each record the import changed says so in its own History, with who imported; the import's
        // event below only counts. New records get none each: a first import of a whole clinic would
        // otherwise write one event per patient.
        for (ImportReport.Change change : report.changes()) {
            AdminEvents.fresh(adminEvent).operation(OperationType.UPDATE).resourcePath(PatientEvents.path(change.patientId()))
                    .detail(PatientEvents.IMPORTED, "true")
                    .detail(PatientEvents.FIELDS, String.join(",", change.fields()))
                    .success();
        }
        AdminEvents.fresh(adminEvent).operation(OperationType.ACTION)
                .resourcePath(session.getContext().getUri())
                .detail("created", Integer.toString(report.created()))
                .detail("updated", Integer.toString(report.updated()))
                .detail("failed", Integer.toString(report.failed()))
                .detail("warned", Integer.toString(report.warned()))
                .detail("skipped", Integer.toString(report.skipped()))
                .success();
        return ImportReportRepresentation.of(report);
    }

    private PatientSearch searchOf(String search, String firstName, String lastName, String birthDate, String email,
                                   String phone, String externalId, String status, String sort, String order,
                                   String first, String max) {
        return PatientSearchParameters.parse(search, firstName, lastName, birthDate, email, phone, externalId,
                status, sort, order, integer("first", first), integer("max", max), patients.defaultPhoneRegion());
    }

    /** A whole-number query parameter, or a 400 naming it. */
    static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a whole number");
        }
    }

    private static PatientRepresentation readPatient(String body) {
        return StrictJson.read(body, PatientRepresentation.class);
    }

    /** The status asked for, if any; which changes are allowed is the records service's rule. */
    private static PatientStatus status(String status) {
        if (status == null) {
            return null;
        }
        try {
            return PatientStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "status can be set to ACTIVE or ARCHIVED");
        }
    }

}
