package org.patientaccess.keycloak.rest.representation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.patientaccess.keycloak.history.FamilyEntries;

/**
 * A page of what was done in a person's name, newest first: {@code first} and {@code max} as asked (or
 * their defaults), {@code hasMore} when entries follow this page.
 */
@Schema(name = "MyActivityPage")
public record MyActivityPageRepresentation(
        @Schema(required = true) List<Entry> entries,
        @Schema(required = true) int first,
        @Schema(required = true) int max,
        @Schema(required = true, description = "Whether entries follow this page.") boolean hasMore) {

    /** One entry: the same actions as the clinic's History, said for a family. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MyActivityEntry")
    public record Entry(
            @Schema(required = true, format = "date-time") String time,
            @Schema(required = true, description = "A stable name, as in the clinic's History: GRANT_GIVEN, INVITATION_ACCEPTED, "
                    + "RECORD_UPDATED, PATIENT_CHOSEN, MERGED, ...") String action,
            @Schema(required = true, description = "Who did it.") Who actor,
            @Schema(description = "For an entry about an account's access: whose.") Who subject,
            @Schema(required = true, description = "Facts only, never an id or an email: relationship, reason, fields, outcome, decision, role, permissionsBefore, permissionsAfter.")
            Map<String, String> details) {

        public static Entry of(FamilyEntries.Entry entry) {
            return new Entry(entry.time().toString(), entry.action(), Who.of(entry.actor()), entry.subject() == null ? null : Who.of(entry.subject()),
                    entry.details());
        }
    }

    /** YOU (the caller), the CLINIC (its staff or its rules, never a staff member's name), or another ACCOUNT by its holder's name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MyActivityWho")
    public record Who(
            @Schema(required = true, type = SchemaType.STRING, implementation = FamilyEntries.Kind.class) String kind,
            @Schema(description = "For another ACCOUNT, its holder's name; none when the account has no name or no longer exists.") String name) {

        static Who of(FamilyEntries.Who who) {
            return new Who(who.kind().name(), who.name());
        }
    }
}
