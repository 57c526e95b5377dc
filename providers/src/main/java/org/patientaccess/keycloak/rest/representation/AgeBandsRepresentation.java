package org.patientaccess.keycloak.rest.representation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.patientaccess.keycloak.age.AgeBands;

/** The realm's age-band setting as staff read it: the value, whether it was understood, the bands it makes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AgeBands")
public record AgeBandsRepresentation(
        @Schema(description = "The realm attribute patientAccess.ageBands as set; absent when not set (majority only).") String setting,
        @Schema(required = true, description = "False when the setting could not be read: then there are no bands,"
                + " and guardians keep their access until the age of majority.") boolean understood,
        @Schema(required = true, description = "The bands, youngest first; empty for majority only.") List<AgeBandRepresentation> bands) {

    public static AgeBandsRepresentation of(AgeBands bands) {
        return new AgeBandsRepresentation(bands.setting(), bands.understood(), bands.bands().stream().map(AgeBandRepresentation::of).toList());
    }
}
