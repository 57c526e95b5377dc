package org.patientaccess.keycloak.rest.representation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a run of the coming-of-age task did in the realm. */
@Schema(name = "ComingOfAgeRun")
public record ComingOfAgeRunRepresentation(
        @Schema(required = true, description = "Records whose day is near enough to look at.") int recordsChecked,
        @Schema(required = true, description = "Emails sent (notices 30 days before the age of majority and each age band's day, own-account notices).")
        int noticesSent,
        @Schema(required = true, description = "Parent and guardian grants ended.") int grantsEnded,
        @Schema(required = true, description = "Records of age today whose guardians keep access (continued guardianship).")
        int recordsKeptByContinuedGuardianship,
        @Schema(required = true, description = "Parent and guardian grants an age band's day narrowed or suspended.") int grantsNarrowed,
        @Schema(required = true, description = "Young people's assents ended because their last day was over.") int assentsEnded,
        @Schema(required = true, description = "Reviews of parent and guardian grants an age band's day of review opened for staff.")
        int reviewsOpened) {
}
