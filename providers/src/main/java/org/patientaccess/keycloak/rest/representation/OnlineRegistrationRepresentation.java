package org.patientaccess.keycloak.rest.representation;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.patientaccess.keycloak.core.RegistrationStatus;

/**
 * An entry of the "Online registrations" queue: the account, what it claimed (for itself, SELF, or for
 * a dependent it added, GUARDIAN), the record it acts for now (provisional unless auto-linked), the
 * matcher's candidates and the decision.
 *
 * <p>{@code claimed} is what the person registering typed (or the family, for a dependent): never
 * checked by the clinic. {@code claimedVerification} says per field whether Keycloak verified it
 * (only the email of a person registering, confirmed by a link). The candidates are the realm's
 * records, each with its {@code source}: ADMIN or IMPORT came from the clinic.
 */
@Schema(name = "OnlineRegistration")
public record OnlineRegistrationRepresentation(
        @Schema(required = true) String id,
        @Schema(required = true, description = "The registering account.") String userId,
        String username,
        @Schema(required = true, type = SchemaType.STRING, implementation = RegistrationStatus.class) String status,
        @Schema(required = true, enumeration = {"SELF", "GUARDIAN"},
                description = "SELF for a person registering, GUARDIAN for a dependent a family added.") String relationship,
        @Schema(required = true, description = "What the person registering typed (or the family, for a dependent); never checked by the clinic.")
        PatientRepresentation claimed,
        @Schema(required = true, description = "Per claimed field, VERIFIED (the registering account's confirmed email) or UNVERIFIED (typed).",
                properties = {
                        @SchemaProperty(name = "firstName", type = SchemaType.STRING, enumeration = {"VERIFIED", "UNVERIFIED"}),
                        @SchemaProperty(name = "lastName", type = SchemaType.STRING, enumeration = {"VERIFIED", "UNVERIFIED"}),
                        @SchemaProperty(name = "birthDate", type = SchemaType.STRING, enumeration = {"VERIFIED", "UNVERIFIED"}),
                        @SchemaProperty(name = "email", type = SchemaType.STRING, enumeration = {"VERIFIED", "UNVERIFIED"}),
                        @SchemaProperty(name = "phone", type = SchemaType.STRING, enumeration = {"VERIFIED", "UNVERIFIED"})})
        Map<String, String> claimedVerification,
        @Schema(description = "The record the account acts for now (provisional unless auto-linked).") PatientRepresentation patient,
        @Schema(required = true, description = "The matcher's candidates among the realm's records; their source says whether the clinic made them (ADMIN, IMPORT).")
        List<MatchResultRepresentation.Candidate> candidates,
        @Schema(required = true, format = "date-time") String createdAt,
        @Schema(description = "Who decided, once decided (none for AUTO_LINKED).") ActorRepresentation decidedBy,
        @Schema(format = "date-time") String decidedAt) {
}
