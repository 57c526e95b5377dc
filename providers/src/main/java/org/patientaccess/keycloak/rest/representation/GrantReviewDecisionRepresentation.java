package org.patientaccess.keycloak.rest.representation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff decide a grant review. */
@Schema(name = "GrantReviewDecision", additionalProperties = Schema.False.class)
public class GrantReviewDecisionRepresentation {

    @Schema(required = true, enumeration = {"KEEP", "END"}, description = "KEEP the grant as it is, or END it.")
    private String decision;

    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
}
