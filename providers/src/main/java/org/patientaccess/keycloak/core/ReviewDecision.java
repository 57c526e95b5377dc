package org.patientaccess.keycloak.core;

/** How a grant review was closed. */
public enum ReviewDecision {
    /** Staff keep the grant as it is. */
    KEEP,
    /** Staff end the grant. */
    END,
    /** Staff changed the grant on the patient's User accounts while the review was open: that change is the decision. */
    GRANT_CHANGED
}
