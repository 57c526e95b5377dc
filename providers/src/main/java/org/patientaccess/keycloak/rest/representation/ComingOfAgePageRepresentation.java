package org.patientaccess.keycloak.rest.representation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the records coming of age soon, the soonest first, with the realm's settings that decided it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ComingOfAgePage")
public record ComingOfAgePageRepresentation(
        @Schema(required = true) List<ComingOfAgeEntryRepresentation> entries,
        @Schema(required = true, description = "How many records the criteria find, over all pages.") long total,
        @Schema(required = true, description = "The realm's age of majority.") int ageOfMajority,
        @Schema(description = "The realm's own-account age, if it sets one.") Integer ownAccountAge,
        @Schema(required = true, description = "The time zone whose days count (an IANA id, or Z for UTC).") String timeZone,
        @Schema(required = true, description = "The realm's age bands, or that its setting is not understood.") AgeBandsRepresentation ageBands) {
}
