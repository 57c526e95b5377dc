package org.patientaccess.keycloak.rest.representation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.patientaccess.keycloak.age.AgeBands;
import org.patientaccess.keycloak.core.GrantPermission;

/** One of the realm's age bands: from which age, what it does to the parents' and guardians' grants. */
@Schema(name = "AgeBand")
public record AgeBandRepresentation(
        @Schema(required = true, description = "The birthday from which the band applies.") int age,
        @Schema(required = true, description = "NARROW: the grants keep at most `carries`; SUSPEND: they keep nothing;"
                + " REVIEW: staff review each grant, nothing changes by itself.",
                enumeration = {"NARROW", "SUSPEND", "REVIEW"}) String kind,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = GrantPermission.class,
                description = "What the grants keep at most (NARROW); empty otherwise.") List<String> carries) {

    public static AgeBandRepresentation of(AgeBands.Band band) {
        return new AgeBandRepresentation(band.age(), band.kind().name(), band.carries().stream().sorted().map(Enum::name).toList());
    }
}
