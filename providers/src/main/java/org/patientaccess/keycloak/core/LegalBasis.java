package org.patientaccess.keycloak.core;

/**
 * On what ground staff let an account act for a patient, as they recorded it; a grant or invitation
 * without one has none recorded (null). The clinic checks the paper (a birth certificate, a court's
 * order, a power of attorney, the patient's own signed consent); the plugin keeps only what was seen.
 */
public enum LegalBasis {
    PARENTAL_RESPONSIBILITY,
    COURT_ORDER,
    POWER_OF_ATTORNEY,
    /** The patient, able to decide, agreed that this account acts for them. */
    PATIENT_CONSENT,
    OTHER
}
