package org.patientaccess.keycloak.rest.representation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a registration proven by its verified email may link by itself in the realm, and why not. */
@Schema(name = "RegistrationLinking")
public record RegistrationLinkingRepresentation(
        @Schema(required = true, description = "False where the realm's settings make a verified email prove nothing: every registration waits for staff.")
        boolean linksByItself,
        @Schema(enumeration = {"EMAIL_NOT_VERIFIED", "PASSWORD_BEFORE_VERIFICATION", "TRUSTED_IDENTITY_PROVIDER"},
                description = "Which setting, when it is false.") String reasonCode,
        @Schema(description = "The same in words (English), when it is false (the realm does not verify new accounts' email; the registration form sets the"
                + " password before the email is verified; an identity provider's emails are trusted).") String reason) {
}
