package org.patientaccess.keycloak.fhir;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.access.AccessGrants;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.core.UnknownIdException;

/**
 * What a FHIR client acting for a user may read, whatever the resource it is read as: the records the
 * user holds an active grant on (any permission) and that are active, only the chosen one when the
 * token carries a chosen patient; the grants on those records, as relations (RelatedPerson: the active
 * ones) and consents (every one, ended or not); and whose names and contact details are shown.
 * Anything else, whether it does not exist, belongs to another family, is merged or archived, is the
 * same unknown id.
 */
public final class FhirAccess {

    /** Said of every id the caller may not see, existing or not: the answer must not tell them apart. */
    static final String NOT_FOUND = "No resource with this id";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel caller;
    private final TokenPatients tokenPatients;
    private final AccessGrants access;
    private final Clock clock = KeycloakClock.UTC;
    private List<Visible> patients;

    public FhirAccess(KeycloakSession session, RealmModel realm, UserModel caller, TokenPatients tokenPatients) {
        this.session = session;
        this.realm = realm;
        this.caller = caller;
        this.tokenPatients = tokenPatients;
        this.access = new AccessGrants(session, realm);
    }

    /** A record the caller may see, with the grant through which they see it. */
    public record Visible(PatientRecord record, AccessGrant callersGrant) {

        /** Email and phone: to the patient themselves and to those whose grant lets them view the record. */
        public boolean showsContact() {
            return showsContact(callersGrant);
        }

        static boolean showsContact(AccessGrant callersGrant) {
            return callersGrant.relationship() == Relationship.SELF || callersGrant.permissions().contains(GrantPermission.VIEW);
        }
    }

    /**
     * A grant on a visible record, as FHIR sees it: active or not, the moment it ended or will end, and
     * the holder's names when the caller may see them (null otherwise, or when the account is gone).
     */
    public record Relation(AccessGrant grant, boolean active, Instant end, String firstName, String lastName) {
    }

    /** Every record the token may see, in the order the caller's grants were given; read once per request. */
    public List<Visible> patients() {
        if (patients == null) {
            // A grant an age band suspended gives no access, as it is absent from the token.
            patients = visible(access.heldBy(caller).stream().filter(held -> !held.grant().isSuspended())
                    .map(held -> new Visible(held.patient(), held.grant())).toList(), tokenPatients);
        }
        return patients;
    }

    /** A visible record; any other id is unknown. */
    public Visible patient(String id) {
        return patients().stream().filter(visible -> visible.record().id().equals(id)).findFirst()
                .orElseThrow(() -> new UnknownIdException(NOT_FOUND));
    }

    /** The visible records of these ids; the others are simply absent. */
    public List<Visible> patients(List<String> ids) {
        return patients().stream().filter(visible -> ids.contains(visible.record().id())).toList();
    }

    /** Who acts for a visible record now: its active grants. Empty for any other id. */
    public List<Relation> activeRelations(String patientId) {
        return relations(patientId, false);
    }

    /** Every grant a visible record ever had, ended ones too, newest first. Empty for any other id. */
    public List<Relation> allRelations(String patientId) {
        return relations(patientId, true);
    }

    /** A grant of a visible record, active or ended; any other id is unknown. */
    public Relation relation(String grantId) {
        return patients().stream()
                .flatMap(visible -> access.ofPatient(visible.record(), true).stream()
                        .filter(grant -> grant.id().equals(grantId))
                        .map(grant -> relation(grant, visible.callersGrant())))
                .findFirst()
                .orElseThrow(() -> new UnknownIdException(NOT_FOUND));
    }

    private List<Relation> relations(String patientId, boolean includeEnded) {
        return patients().stream().filter(visible -> visible.record().id().equals(patientId))
                .flatMap(visible -> access.ofPatient(visible.record(), includeEnded).stream().map(grant -> relation(grant, visible.callersGrant())))
                .toList();
    }

    private Relation relation(AccessGrant grant, AccessGrant callersGrant) {
        UserModel holder = showsNames(grant, callersGrant) ? session.users().getUserById(realm, grant.userId()) : null;
        return new Relation(grant, grant.isActiveAt(clock.instant()), end(grant),
                holder == null ? null : holder.getFirstName(), holder == null ? null : holder.getLastName());
    }

    /** The records a token may see among those its user acts for. */
    static List<Visible> visible(List<Visible> held, TokenPatients tokenPatients) {
        return held.stream().filter(visible -> tokenPatients.allows(visible.record().id())).toList();
    }

    /**
     * Another account's names are the caller's to see when that account is the caller's own, or when
     * the caller manages the patient's profile (MANAGE_PROFILE); to anyone else the other people acting
     * for the patient are a relationship and a period, no names.
     */
    static boolean showsNames(AccessGrant grant, AccessGrant callersGrant) {
        return grant.userId().equals(callersGrant.userId()) || callersGrant.permissions().contains(GrantPermission.MANAGE_PROFILE);
    }

    /** When a grant ended (revoked) or ends by itself (its validUntil), whichever is first; null when neither. */
    static Instant end(AccessGrant grant) {
        return Stream.of(Optional.ofNullable(grant.revokedAt()), Optional.ofNullable(grant.validUntil()))
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }
}
