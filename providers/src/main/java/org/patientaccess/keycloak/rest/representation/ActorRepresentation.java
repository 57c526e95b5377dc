package org.patientaccess.keycloak.rest.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who did something: the account's id, and its username while the account exists and the caller may view it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Actor")
public record ActorRepresentation(@Schema(required = true) String userId, String username) {
}
