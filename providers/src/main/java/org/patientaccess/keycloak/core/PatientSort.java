package org.patientaccess.keycloak.core;

/** The orders a patient search can be returned in; each is backed by an index. */
public enum PatientSort {
    LAST_NAME("lastName"),
    FIRST_NAME("firstName"),
    BIRTH_DATE("birthDate"),
    CREATED_AT("createdAt"),
    UPDATED_AT("updatedAt"),
    EXTERNAL_ID("externalId");

    private final String parameter;

    PatientSort(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The sort named by a query parameter value, or {@code null} when none matches. */
    public static PatientSort fromParameter(String value) {
        for (PatientSort sort : values()) {
            if (sort.parameter.equals(value)) {
                return sort;
            }
        }
        return null;
    }
}
