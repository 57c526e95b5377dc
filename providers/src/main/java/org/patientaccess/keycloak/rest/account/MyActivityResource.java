package org.patientaccess.keycloak.rest.account;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
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
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.history.FamilyEntries;
import org.patientaccess.keycloak.history.MyActivity;
import org.patientaccess.keycloak.rest.admin.HistoryCsv;
import org.patientaccess.keycloak.rest.admin.PatientHistoryResource;
import org.patientaccess.keycloak.rest.admin.PatientsResource;
import org.patientaccess.keycloak.rest.representation.MyActivityPageRepresentation;

/**
 * What was done in a person's name: {@code /realms/{realm}/patient-access/me/patients/{grantId}/activity},
 * the History of a record the caller may read ({@link MyActivity}) as JSON pages or as a CSV download.
 */
public class MyActivityResource {

    private final KeycloakSession session;
    private final Supplier<UserModel> signedInUser;
    private final Supplier<Response> preflight;
    private final String grantId;

    MyActivityResource(KeycloakSession session, Supplier<UserModel> signedInUser, Supplier<Response> preflight, String grantId) {
        this.session = session;
        this.signedInUser = signedInUser;
        this.preflight = preflight;
        this.grantId = grantId;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, PatientsResource.CSV})
    @Operation(operationId = "myActivity", summary = "What was done in the name of a person I may read the activity of, newest first",
            description = """
                    The same entries as the clinic's History of the record, said for a family: who acted is `YOU`, the
                    `CLINIC` (its staff or its rules; never a staff member's name) or another `ACCOUNT` by its holder's
                    name; no ids and no emails. For my own record (my SELF grant), or a record I act for as parent or
                    guardian with VIEW in force. With `format=csv` or `Accept: text/csv`, a CSV download (up to 10,000
                    entries from `first`).
                    """)
    @APIResponse(responseCode = "200", description = "A page of the activity.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyActivityPageRepresentation.class)),
            @Content(mediaType = PatientsResource.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotForThisApi")
    @APIResponse(responseCode = "404", description = "No grant of mine with this id through which I may read the record's activity.")
    public Response activity(
            @QueryParam("first") @Parameter(description = "Index of the first result (paging).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String first,
            @QueryParam("max") @Parameter(description = "Page size.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String max,
            @QueryParam("format") @Parameter(description = "`csv` for a CSV download, as `Accept: text/csv` asks.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = "csv")) String format) {
        UserModel me = signedInUser.get();
        MyActivity activity = new MyActivity(session, session.getContext().getRealm());
        MyActivity.Readable readable = activity.readable(me, grantId);
        boolean csv = HistoryCsv.wanted(session, format);
        int from = PatientHistoryResource.bounded("first", first, 0, 0, PatientHistoryResource.FIRST_MAX);
        int size = csv ? PatientHistoryResource.bounded("max", max, PatientHistoryResource.EXPORT_MAX, 1, PatientHistoryResource.EXPORT_MAX)
                : PatientHistoryResource.bounded("max", max, PatientHistoryResource.PAGE_DEFAULT, 1, PatientHistoryResource.PAGE_MAX);
        MyActivity.Page page = activity.page(me, readable, from, size);
        if (csv) {
            return Response.ok(csv(page.entries()), PatientsResource.CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"activity.csv\"")
                    .build();
        }
        List<MyActivityPageRepresentation.Entry> entries = page.entries().stream().map(MyActivityPageRepresentation.Entry::of).toList();
        return Response.ok(new MyActivityPageRepresentation(entries, from, size, page.hasMore()), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The CORS preflight of a browser app calling this with its token, as for the rest of the person's API. */
    @OPTIONS
    @Operation(hidden = true)
    public Response preflight() {
        return preflight.get();
    }

    /** The staff export's writing, with the family's columns: who as YOU, CLINIC or ACCOUNT and a name, and the facts only. */
    private static String csv(List<FamilyEntries.Entry> entries) {
        List<String> header = new ArrayList<>(List.of("time", "action", "actor", "actorName", "subject", "subjectName"));
        header.addAll(FamilyEntries.DETAIL_NAMES);
        List<List<String>> rows = new ArrayList<>();
        for (FamilyEntries.Entry entry : entries) {
            List<String> row = new ArrayList<>();
            row.add(entry.time().toString());
            row.add(entry.action());
            row.add(entry.actor().kind().name());
            row.add(entry.actor().name());
            row.add(entry.subject() == null ? null : entry.subject().kind().name());
            row.add(entry.subject() == null ? null : entry.subject().name());
            FamilyEntries.DETAIL_NAMES.forEach(name -> row.add(entry.details().get(name)));
            rows.add(row);
        }
        return HistoryCsv.table(header, rows);
    }
}
