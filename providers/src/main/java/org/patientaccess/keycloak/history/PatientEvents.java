package org.patientaccess.keycloak.history;

import java.util.Set;
import java.util.stream.Collectors;

import org.patientaccess.keycloak.core.GrantPermission;

/**
 * How our admin and user events name the patient they concern, so that a patient's history finds
 * them exactly: every admin event about a patient has a resource path beginning
 * {@code patient-access/patients/{patientId}} (a merge and its undo write one event on each record),
 * every user event about a patient has the detail {@code patient_id}. Detail names are ids and
 * non-sensitive facts only, never a person's data.
 */
public final class PatientEvents {

    static final String PATH_PREFIX = "patient-access/patients/";

    /** User event detail: the record the event concerns. */
    public static final String PATIENT_ID = "patient_id";
    /** The required actions whose events (CUSTOM_REQUIRED_ACTION) are a person's answer to an invitation, or a registration's link. */
    public static final String INVITATION_ANSWER = "patient-access-invitation";
    public static final String REGISTRATION_LINK = "patient-access-link-registration";
    /** The required action whose event (CUSTOM_REQUIRED_ACTION) is a person choosing, at sign-in, the patient they act for. */
    public static final String PATIENT_PICKER = "patient-access-select-patient";
    /** User event details of the person's own changes and answers. */
    public static final String ACTION = "patient_access_action";
    public static final String GRANT_ID = "patient_access_grant_id";
    public static final String INVITATION_ID = "patient_access_invitation_id";
    public static final String REGISTRATION_ID = "patient_access_registration_id";
    public static final String OUTCOME = "outcome";
    /** The fields a person's correction or an import changed, by name ("email,phone"), never their values. */
    public static final String FIELDS = "patient_access_fields";

    /** Admin event details. */
    public static final String USER_ID = "user_id";
    public static final String RELATIONSHIP = "relationship";
    public static final String STATUS = "status";
    /** An import changed the record (the staff member who imported is the event's actor), with {@link #FIELDS}. */
    public static final String IMPORTED = "imported";
    /** Staff confirmed the record's email as the clinic's. */
    public static final String EMAIL_CONFIRMED = "email_confirmed";
    public static final String MERGE_ID = "merge_id";
    public static final String OTHER_PATIENT_ID = "other_patient_id";
    public static final String ROLE = "role";
    public static final String DECISION = "decision";
    /** On a merge's undo: the queued registration that the merge had decided, waiting for staff again. */
    public static final String REOPENED_REGISTRATION_ID = "reopened_registration_id";

    /** On a grant ended by a rule rather than a person: why (see {@link #CAME_OF_AGE}). */
    public static final String REASON = "reason";
    public static final String CAME_OF_AGE = "CAME_OF_AGE";
    /**
     * On a grant whose permissions in force changed by a rule or the young person rather than staff
     * (operation UPDATE): an age band narrowed or suspended it, an assent gave some back, an assent
     * ended and the band took them again; with {@link #PERMISSIONS_BEFORE} and {@link #PERMISSIONS_AFTER}.
     */
    public static final String AGE_BAND = "AGE_BAND";
    public static final String ASSENT = "ASSENT";
    public static final String ASSENT_ENDED = "ASSENT_ENDED";
    /** Permission names joined by commas, {@code NONE} for none (a suspended grant). */
    public static final String PERMISSIONS_BEFORE = "permissions_before";
    public static final String PERMISSIONS_AFTER = "permissions_after";
    /** On a coming-of-age notice: which one ({@code NOTICE}, {@code OWN_ACCESS}, {@code AGE_BAND_NOTICE}) and to how many accounts. */
    public static final String STEP = "step";
    public static final String RECIPIENTS = "recipients";

    /** Resource types of the admin events the coming-of-age rules and the continued-guardianship mark write. */
    public static final String ACCESS_GRANT_TYPE = "PATIENT_ACCESS_GRANT";
    public static final String COMING_OF_AGE_TYPE = "PATIENT_COMING_OF_AGE";
    public static final String CONTINUED_GUARDIANSHIP_TYPE = "PATIENT_CONTINUED_GUARDIANSHIP";

    /**
     * Staff's review of a guardian's grant (review at 13): opened by the daily run (CREATE, by nobody),
     * decided by staff (UPDATE, with {@link #DECISION}); the path ends {@code grant-reviews/{reviewId}},
     * the details name the grant ({@link #REVIEWED_GRANT_ID}), its account and relationship.
     */
    public static final String GRANT_REVIEW_TYPE = "PATIENT_GRANT_REVIEW";
    public static final String REVIEWED_GRANT_ID = "grant_id";

    /** The two sides of a merge, as the {@link #ROLE} detail of each record's event. */
    public static final String SURVIVOR = "SURVIVOR";
    public static final String MERGED = "MERGED";

    private PatientEvents() {
    }

    /** The {@link #PERMISSIONS_BEFORE} or {@link #PERMISSIONS_AFTER} detail of a set of permissions. */
    public static String permissions(Set<GrantPermission> permissions) {
        return permissions.isEmpty() ? "NONE" : permissions.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /** {@code patient-access/patients/{patientId}/…}: the resource path of an admin event about the patient. */
    public static String path(String patientId, String... below) {
        StringBuilder path = new StringBuilder(PATH_PREFIX).append(patientId);
        for (String segment : below) {
            path.append('/').append(segment);
        }
        return path.toString();
    }
}
