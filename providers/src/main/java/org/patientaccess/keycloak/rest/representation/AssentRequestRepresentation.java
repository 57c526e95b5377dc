package org.patientaccess.keycloak.rest.representation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.patientaccess.keycloak.core.GrantPermission;

/** What the young person gives a parent's or guardian's access to their record, and until when. */
@Schema(name = "AssentRequest")
public record AssentRequestRepresentation(
        @Schema(required = true, type = SchemaType.ARRAY, implementation = GrantPermission.class,
                description = "At least one; each carried by the access or withheld from it by an age band.") List<String> permissions,
        @Schema(required = true, format = "date", description = "The last day it holds (YYYY-MM-DD): after today, at most 12 months ahead"
                + " in the clinic's calendar.") String until) {
}
