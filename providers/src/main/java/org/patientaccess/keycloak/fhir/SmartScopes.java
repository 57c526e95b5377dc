package org.patientaccess.keycloak.fhir;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMART App Launch 2.2 scopes every realm keeps as client scopes of these names, and what a
 * token's SMART v2 scopes allow: {@code patient/<Type or *>.<letters>}, the letters a subset of
 * {@code cruds} in that order ({@code r} read, {@code s} search). A scope with a query ({@code ?category=...},
 * v2's finer scopes) is not honoured: this server cannot restrict its answers that way, so it allows nothing.
 * {@code user/} and {@code system/} scopes allow nothing either: every answer is about the patients
 * the token's user acts for.
 */
public final class SmartScopes {

    /** Asks the user at login which patient the app acts for; the token response names it. */
    public static final String LAUNCH_PATIENT = "launch/patient";
    /** The ID token and userinfo name the user as a FHIR resource ({@code fhirUser}). */
    public static final String FHIR_USER = "fhirUser";
    /** SMART v2 patient-level resource scopes (read and search) of the resources the FHIR API serves. */
    public static final List<String> PATIENT_RESOURCES = List.of("patient/*.rs", "patient/Patient.rs", "patient/RelatedPerson.rs",
            "patient/Consent.rs", "patient/Appointment.rs", "patient/Schedule.rs", "patient/Slot.rs");

    /** The interactions of the read API. */
    public enum Interaction {
        READ('r'),
        SEARCH('s');

        private final char letter;

        Interaction(char letter) {
            this.letter = letter;
        }
    }

    private static final Pattern PATIENT_SCOPE = Pattern.compile("patient/(\\*|[A-Z][A-Za-z]+)\\.(c?r?u?d?s?)");

    private SmartScopes() {
    }

    /** Whether the space-separated scopes of a token allow this interaction on this resource type. */
    public static boolean allow(String scopeClaim, String resourceType, Interaction interaction) {
        if (scopeClaim == null) {
            return false;
        }
        return Arrays.stream(scopeClaim.split(" ")).anyMatch(scope -> allows(scope, resourceType, interaction));
    }

    /** The narrowest scope that would allow it, to name in a refusal. */
    public static String needed(String resourceType, Interaction interaction) {
        return "patient/" + resourceType + "." + interaction.letter;
    }

    private static boolean allows(String scope, String resourceType, Interaction interaction) {
        Matcher matcher = PATIENT_SCOPE.matcher(scope);
        if (!matcher.matches()) {
            return false;
        }
        String type = matcher.group(1);
        return (type.equals("*") || type.equals(resourceType)) && matcher.group(2).indexOf(interaction.letter) >= 0;
    }
}
