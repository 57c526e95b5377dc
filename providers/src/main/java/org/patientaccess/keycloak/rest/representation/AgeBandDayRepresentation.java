package org.patientaccess.keycloak.rest.representation;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.patientaccess.keycloak.lifecycle.ComingOfAgeOverview;

/** A record's age-band day in the coming-of-age list: the band, and what of its work was done. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AgeBandDay")
public record AgeBandDayRepresentation(
        @Schema(required = true) AgeBandRepresentation band,
        @Schema(format = "date-time", description = "When the notice 30 days before was sent.") String noticeSentAt,
        @Schema(format = "date-time", description = "When the day's work was done (grants narrowed or suspended, reviews asked for).") String doneAt) {

    public static AgeBandDayRepresentation of(ComingOfAgeOverview.BandStatus status) {
        return new AgeBandDayRepresentation(AgeBandRepresentation.of(status.band()),
                status.noticeSentAt().map(Object::toString).orElse(null), status.doneAt().map(Object::toString).orElse(null));
    }
}
