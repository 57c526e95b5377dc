package org.patientaccess.keycloak.resource.representation;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Who did something: the account's id, and its username while the account exists and the caller may view it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActorRepresentation(String userId, String username) {
}
