package org.patientaccess.keycloak.rest.admin;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.EntityTag;

import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.PatientRecord;

/** A patient's version as an HTTP entity tag (ETag), and the versions an If-Match header asks for. */
final class IfMatch {

    static final String HEADER = "If-Match";
    private static final Pattern TAG = Pattern.compile("(W/)?\"([^\"]*)\"");

    private IfMatch() {
    }

    /** A strong tag: the version changes with every write of the record. */
    static EntityTag etag(PatientRecord record) {
        return new EntityTag(Integer.toString(record.version()));
    }

    /**
     * The versions named by an If-Match header, or null when there is none or it is {@code *} (any).
     * If-Match compares strongly, so a weak tag ({@code W/"3"}) matches no version.
     */
    static Set<Integer> versions(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        Set<Integer> versions = new HashSet<>();
        for (String part : header.split(",")) {
            Matcher tag = TAG.matcher(part.strip());
            if (!tag.matches()) {
                throw new InvalidInputException(HEADER, HEADER + " must list entity tags as sent in ETag, such as \"3\"");
            }
            if (tag.group(1) == null) {
                try {
                    versions.add(Integer.valueOf(tag.group(2)));
                } catch (NumberFormatException e) {
                    // Not a tag we ever issued: it matches no version.
                }
            }
        }
        return versions;
    }
}
