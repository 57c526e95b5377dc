package org.patientaccess.keycloak.rest.fhir;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A FHIR R4 searchset Bundle: every match, no paging (a family's records and grants are few). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FhirBundle(String resourceType, String type, Integer total, List<Link> link, List<Entry> entry) {

    /** A resource a Bundle can hold: its type and id make its full URL. */
    interface Resource {
        String resourceType();

        String id();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Link(String relation, String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String fullUrl, Object resource, Search search) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Search(String mode) {
    }

    /** The searchset of these matches, each under {@code {base}/{type}/{id}}; {@code self} is the search as understood. */
    static FhirBundle searchset(String self, String base, List<? extends Resource> matches) {
        List<Entry> entries = matches.stream()
                .map(match -> new Entry(base + "/" + match.resourceType() + "/" + match.id(), match, new Search("match")))
                .toList();
        return new FhirBundle("Bundle", "searchset", entries.size(), List.of(new Link("self", self)), entries.isEmpty() ? null : entries);
    }
}
