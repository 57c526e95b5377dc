package org.patientaccess.keycloak.rest.representation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the consoles need to write the clinic's phone numbers and dates one way everywhere. */
@Schema(name = "Formats")
public record FormatsRepresentation(
        @Schema(required = true, description = "The ISO 3166 region the clinic reads phone numbers in (the realm's"
                + " `patientAccess.defaultPhoneRegion`, else the server's): its numbers are shown in national format, others in"
                + " international format, and dates are written for the reader's language in this region.") String region) {
}
