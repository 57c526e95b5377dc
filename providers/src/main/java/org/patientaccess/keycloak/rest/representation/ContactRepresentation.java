package org.patientaccess.keycloak.rest.representation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record's email and phone, as the person who manages its profile corrects them; blank or null clears one. */
@Schema(name = "Contact")
public record ContactRepresentation(
        @Schema(description = "An email address, or null or blank for none.") String email,
        @Schema(description = "A phone number (read with the realm's default region), or null or blank for none.") String phone) {
}
