package org.patientaccess.keycloak.rest.representation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the proposed pairs, best first, and how many there are in all. */
@Schema(name = "DuplicatePairs")
public record DuplicatePairsRepresentation(
        @Schema(required = true) List<DuplicatePairRepresentation> pairs,
        @Schema(required = true, description = "How many pairs the criteria find, over all pages.") long total) {
}
