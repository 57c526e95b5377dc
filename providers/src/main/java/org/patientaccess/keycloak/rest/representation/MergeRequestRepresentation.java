package org.patientaccess.keycloak.rest.representation;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A merge as staff ask for it: the record to fold in ({@code mergedId}, or {@code into} when merging a
 * queued registration into an existing record) and the fields whose value comes from the merged
 * record ({@code take}); every other field keeps the survivor's value.
 */
@Schema(name = "MergeRequest", additionalProperties = Schema.False.class)
public class MergeRequestRepresentation {

    @Schema(description = "The record to fold in (merging two patients; required there).")
    private String mergedId;
    @Schema(description = "The existing record (merging a queued registration; required there).")
    private String into;
    @Schema(description = "Fields whose value comes from the merged record: externalId, firstName, lastName, birthDate, email, phone.")
    private List<String> take;

    public String getMergedId() { return mergedId; }
    public void setMergedId(String mergedId) { this.mergedId = mergedId; }
    public String getInto() { return into; }
    public void setInto(String into) { this.into = into; }
    /** The fields to take from the other record; none when not given. */
    public Set<String> take() {
        return take == null ? Set.of() : Set.copyOf(take);
    }

    public List<String> getTake() { return take; }
    public void setTake(List<String> take) { this.take = take; }
}
