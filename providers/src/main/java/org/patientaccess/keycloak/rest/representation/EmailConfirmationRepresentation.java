package org.patientaccess.keycloak.rest.representation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The email the patient read and confirms on their own record. */
@Schema(name = "EmailConfirmation", additionalProperties = Schema.False.class)
public record EmailConfirmationRepresentation(@Schema(format = "email", description = "The email as the person saw it.") String email) {
}
