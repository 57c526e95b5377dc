package org.patientaccess.keycloak.fhir;

import java.util.List;

/** The SMART App Launch 2.2 scopes every realm keeps as client scopes of these names. */
public final class SmartScopes {

    /** Asks the user at login which patient the app acts for; the token response names it. */
    public static final String LAUNCH_PATIENT = "launch/patient";
    /** The ID token and userinfo name the user as a FHIR resource ({@code fhirUser}). */
    public static final String FHIR_USER = "fhirUser";
    /** SMART v2 patient-level resource scopes (read and search) of the resources the FHIR API serves. */
    public static final List<String> PATIENT_RESOURCES = List.of("patient/*.rs", "patient/Patient.rs", "patient/RelatedPerson.rs",
            "patient/Consent.rs", "patient/Appointment.rs", "patient/Schedule.rs", "patient/Slot.rs");

    private SmartScopes() {
    }
}
