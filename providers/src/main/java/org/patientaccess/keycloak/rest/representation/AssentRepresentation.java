package org.patientaccess.keycloak.rest.representation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.patientaccess.keycloak.core.Assent;
import org.patientaccess.keycloak.core.GrantPermission;

/** The young person's assent in force on a parent's or guardian's access to their record. */
@Schema(name = "Assent")
public record AssentRepresentation(
        @Schema(required = true, type = SchemaType.ARRAY, implementation = GrantPermission.class,
                description = "What the access keeps (or was given back) whatever the age band withholds.") List<String> permissions,
        @Schema(required = true, format = "date", description = "The last day it holds, in the clinic's calendar.") String until,
        @Schema(required = true, description = "The young person's account that gave it.") String givenBy,
        @Schema(required = true, format = "date-time") String givenAt) {

    public static AssentRepresentation of(Assent assent) {
        return assent == null ? null : new AssentRepresentation(
                assent.permissions().stream().map(Enum::name).sorted().toList(),
                assent.until().toString(),
                assent.givenBy(),
                assent.givenAt().toString());
    }
}
