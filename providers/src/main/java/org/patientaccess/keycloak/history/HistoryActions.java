package org.patientaccess.keycloak.history;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.AuthDetails;

/**
 * Reads a stored admin or user event about a patient as a history entry with a stable action name.
 * An event of ours this does not know (written by a later or an earlier version) is kept as
 * {@code OTHER} with its type, so that no stored event is silently left out of a page.
 */
public final class HistoryActions {

    /** Every detail an entry can carry, in the order an export lists them. */
    public static final List<String> DETAIL_NAMES = List.of("grantId", "accountId", "relationship", "reason", "invitationId",
            "mergeId", "otherPatientId", "role", "registrationId", "decision", "outcome", "status", "permissionsBefore", "permissionsAfter",
            "fields", "resourceType", "operation", "eventType");

    private HistoryActions() {
    }

    /** An admin event whose resource path is under {@code patient-access/patients/{patientId}}. */
    public static HistoryEntry ofAdminEvent(String patientId, AdminEvent event) {
        String below = event.getResourcePath().substring(PatientEvents.path(patientId).length());
        List<String> segments = Arrays.stream(below.split("/")).filter(segment -> !segment.isEmpty()).toList();
        Map<String, String> stored = event.getDetails() == null ? Map.of() : event.getDetails();
        Map<String, String> details = new LinkedHashMap<>();
        String operation = event.getOperationType().name();
        String action = switch (String.valueOf(event.getResourceTypeAsString())) {
            case "PATIENT_RECORD" -> switch (operation) {
                case "CREATE" -> "RECORD_CREATED";
                case "DELETE" -> "RECORD_ARCHIVED";
                case "UPDATE" -> switch (String.valueOf(stored.get(PatientEvents.STATUS))) {
                    case "ARCHIVED" -> "RECORD_ARCHIVED";
                    case "ACTIVE" -> "RECORD_RESTORED";
                    default -> {
                        if (stored.containsKey(PatientEvents.IMPORTED)) {
                            put(details, "fields", stored.get(PatientEvents.FIELDS));
                            yield "RECORD_IMPORTED";
                        }
                        yield stored.containsKey(PatientEvents.EMAIL_CONFIRMED) ? "EMAIL_CONFIRMED" : "RECORD_UPDATED";
                    }
                };
                default -> null;
            };
            case "PATIENT_ACCESS_GRANT" -> {
                put(details, "grantId", segment(segments, 1));
                put(details, "accountId", stored.get(PatientEvents.USER_ID));
                put(details, "relationship", stored.get(PatientEvents.RELATIONSHIP));
                yield switch (operation) {
                    case "CREATE" -> "GRANT_GIVEN";
                    case "UPDATE" -> grantPermissionsChanged(stored, details);
                    case "DELETE" -> {
                        // A grant a rule ended says why (CAME_OF_AGE); one staff ended does not.
                        details.put("reason", stored.getOrDefault(PatientEvents.REASON, "ENDED_BY_STAFF"));
                        yield "GRANT_ENDED";
                    }
                    default -> null;
                };
            }
            case "PATIENT_INVITATION" -> {
                put(details, "invitationId", segment(segments, 1));
                put(details, "relationship", stored.get(PatientEvents.RELATIONSHIP));
                yield switch (operation) {
                    case "CREATE" -> "INVITATION_SENT";
                    case "ACTION" -> "INVITATION_RESENT";
                    case "DELETE" -> "INVITATION_WITHDRAWN";
                    default -> null;
                };
            }
            case "PATIENT_MERGE" -> {
                put(details, "mergeId", segment(segments, 1));
                put(details, "otherPatientId", stored.get(PatientEvents.OTHER_PATIENT_ID));
                put(details, "role", stored.get(PatientEvents.ROLE));
                put(details, "registrationId", stored.get(PatientEvents.REOPENED_REGISTRATION_ID));
                yield switch (operation) {
                    case "CREATE" -> "MERGED";
                    case "ACTION" -> "MERGE_UNDONE";
                    default -> null;
                };
            }
            case PatientEvents.COMING_OF_AGE_TYPE -> switch (String.valueOf(stored.get(PatientEvents.STEP))) {
                case "NOTICE" -> "COMING_OF_AGE_NOTICE_SENT";
                case "OWN_ACCESS" -> "OWN_ACCOUNT_NOTICE_SENT";
                case "AGE_BAND_NOTICE" -> "AGE_BAND_NOTICE_SENT";
                default -> null;
            };
            case PatientEvents.GRANT_REVIEW_TYPE -> {
                put(details, "grantId", stored.get(PatientEvents.REVIEWED_GRANT_ID));
                put(details, "accountId", stored.get(PatientEvents.USER_ID));
                put(details, "relationship", stored.get(PatientEvents.RELATIONSHIP));
                put(details, "decision", stored.get(PatientEvents.DECISION));
                yield switch (operation) {
                    case "CREATE" -> "GRANT_REVIEW_OPENED";
                    case "UPDATE" -> "GRANT_REVIEW_DECIDED";
                    default -> null;
                };
            }
            case PatientEvents.CONTINUED_GUARDIANSHIP_TYPE -> switch (operation) {
                case "UPDATE" -> "CONTINUED_GUARDIANSHIP_SET";
                case "DELETE" -> "CONTINUED_GUARDIANSHIP_CLEARED";
                default -> null;
            };
            case "PATIENT_ONLINE_REGISTRATION" -> {
                put(details, "registrationId", segment(segments, 1));
                put(details, "decision", stored.get(PatientEvents.DECISION));
                put(details, "mergeId", stored.get(PatientEvents.MERGE_ID));
                yield "REGISTRATION_DECIDED";
            }
            default -> null;
        };
        if (action == null) {
            details.clear();
            put(details, "resourceType", event.getResourceTypeAsString());
            details.put("operation", operation);
            action = "OTHER";
        }
        AuthDetails auth = event.getAuthDetails();
        HistoryEntry.Actor actor = auth == null || auth.getUserId() == null ? null : new HistoryEntry.Actor(auth.getRealmId(), auth.getUserId());
        return new HistoryEntry(Instant.ofEpochMilli(event.getTime()), action, actor, details);
    }

    /** A user event whose {@code patient_id} detail is the patient's: the person's own change or answer. */
    public static HistoryEntry ofUserEvent(Event event) {
        Map<String, String> stored = event.getDetails() == null ? Map.of() : event.getDetails();
        Map<String, String> details = new LinkedHashMap<>();
        put(details, "grantId", stored.get(PatientEvents.GRANT_ID));
        String action = switch (event.getType()) {
            case GRANT_CONSENT -> switch (String.valueOf(stored.get(PatientEvents.ACTION))) {
                case "add_dependent" -> "DEPENDENT_ADDED";
                // The patient or a parent invited a temporary carer from their account.
                case "invite_carer" -> {
                    put(details, "invitationId", stored.get(PatientEvents.INVITATION_ID));
                    yield "CARER_INVITED";
                }
                case "resend_carer_invitation" -> {
                    put(details, "invitationId", stored.get(PatientEvents.INVITATION_ID));
                    yield "INVITATION_RESENT";
                }
                default -> null;
            };
            case REVOKE_GRANT -> switch (String.valueOf(stored.get(PatientEvents.ACTION))) {
                case "withdraw_carer_invitation" -> {
                    put(details, "invitationId", stored.get(PatientEvents.INVITATION_ID));
                    yield "INVITATION_WITHDRAWN";
                }
                case "end_carer" -> {
                    details.put("reason", "ENDED_BY_FAMILY");
                    yield "GRANT_ENDED";
                }
                case "leave" -> {
                    details.put("reason", "LEFT");
                    yield "GRANT_ENDED";
                }
                case "revoke" -> {
                    details.put("reason", "REVOKED_BY_PATIENT");
                    yield "GRANT_ENDED";
                }
                default -> null;
            };
            case CUSTOM_REQUIRED_ACTION -> requiredAction(stored, details);
            case UPDATE_PROFILE -> {
                // The person who manages the record's profile corrected its contact details.
                put(details, "fields", stored.get(PatientEvents.FIELDS));
                yield switch (String.valueOf(stored.get(PatientEvents.ACTION))) {
                    case "correct_contact" -> "RECORD_UPDATED";
                    case "confirm_email" -> "EMAIL_CONFIRMED";
                    default -> null;
                };
            }
            default -> null;
        };
        if (action == null) {
            details.clear();
            details.put("eventType", event.getType().name());
            action = "OTHER";
        }
        HistoryEntry.Actor actor = event.getUserId() == null ? null : new HistoryEntry.Actor(event.getRealmId(), event.getUserId());
        return new HistoryEntry(Instant.ofEpochMilli(event.getTime()), action, actor, details);
    }

    /**
     * A grant changed: by staff (no reason), or in its permissions by an age band, the young person's
     * assent or its end (the reason, the permissions before and after).
     */
    private static String grantPermissionsChanged(Map<String, String> stored, Map<String, String> details) {
        String reason = stored.get(PatientEvents.REASON);
        if (reason == null) {
            return "GRANT_CHANGED";
        }
        details.put("reason", reason);
        put(details, "permissionsBefore", stored.get(PatientEvents.PERMISSIONS_BEFORE));
        put(details, "permissionsAfter", stored.get(PatientEvents.PERMISSIONS_AFTER));
        return switch (reason) {
            case PatientEvents.AGE_BAND -> "NONE".equals(stored.get(PatientEvents.PERMISSIONS_AFTER)) ? "GRANT_SUSPENDED" : "GRANT_NARROWED";
            case PatientEvents.ASSENT -> "ASSENT_GIVEN";
            case PatientEvents.ASSENT_ENDED -> "ASSENT_ENDED";
            default -> "GRANT_CHANGED";
        };
    }

    private static String requiredAction(Map<String, String> stored, Map<String, String> details) {
        String outcome = String.valueOf(stored.get(PatientEvents.OUTCOME));
        if (PatientEvents.INVITATION_ANSWER.equals(stored.get(Details.CUSTOM_REQUIRED_ACTION))) {
            put(details, "invitationId", stored.get(PatientEvents.INVITATION_ID));
            return switch (outcome) {
                case "ACCEPTED" -> "INVITATION_ACCEPTED";
                case "DECLINED" -> "INVITATION_DECLINED";
                default -> null;
            };
        }
        if (PatientEvents.REGISTRATION_LINK.equals(stored.get(Details.CUSTOM_REQUIRED_ACTION))) {
            put(details, "registrationId", stored.get(PatientEvents.REGISTRATION_ID));
            details.put("outcome", outcome);
            // Linked by itself to the clinic's record, or given a provisional record that waits for staff.
            return "AUTO_LINKED".equals(outcome) ? "REGISTRATION_LINKED" : "REGISTRATION_QUEUED";
        }
        if (PatientEvents.PATIENT_PICKER.equals(stored.get(Details.CUSTOM_REQUIRED_ACTION))) {
            // Chosen among several, or the one patient the account acts for, chosen without a question.
            details.put("outcome", outcome);
            return "PATIENT_CHOSEN";
        }
        return null;
    }

    private static String segment(List<String> segments, int index) {
        return segments.size() > index ? segments.get(index) : null;
    }

    private static void put(Map<String, String> details, String name, String value) {
        if (value != null) {
            details.put(name, value);
        }
    }
}
