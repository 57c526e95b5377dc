package org.patientaccess.keycloak.rest.representation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the open grant reviews, the soonest due first. */
@Schema(name = "GrantReviewPage")
public record GrantReviewPageRepresentation(
        @Schema(required = true) List<GrantReviewRepresentation> entries,
        @Schema(required = true, description = "How many reviews the criteria find, over all pages.") long total,
        @Schema(required = true, format = "date", description = "Today in the realm's time zone: a review due before it is overdue.") String today) {
}
