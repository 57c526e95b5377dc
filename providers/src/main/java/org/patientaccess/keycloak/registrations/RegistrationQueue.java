package org.patientaccess.keycloak.registrations;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.access.Actor;
import org.patientaccess.keycloak.core.ConflictException;
import org.patientaccess.keycloak.core.MatchGrade;
import org.patientaccess.keycloak.core.OnlineRegistration;
import org.patientaccess.keycloak.core.PatientMerge;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.RegistrationStatus;
import org.patientaccess.keycloak.core.UnknownIdException;
import org.patientaccess.keycloak.duplicates.DuplicateDismissals;
import org.patientaccess.keycloak.merges.PatientMerger;
import org.patientaccess.keycloak.store.OnlineRegistrationStore;
import org.patientaccess.keycloak.store.PatientAccessStore;
import org.patientaccess.keycloak.store.PatientRecordStore;

/**
 * The "Online registrations" queue: staff read it a page at a time and decide each entry once: keep
 * the provisional record as a new patient, dismiss it, or merge it into the existing record (a merge
 * like any other, with its rules on whose access it may move).
 */
public final class RegistrationQueue {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final OnlineRegistrationStore registrations;
    private final PatientRecordStore patients;

    public RegistrationQueue(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        PatientAccessStore store = session.getProvider(PatientAccessStore.class);
        this.registrations = store.registrations();
        this.patients = store.records();
    }

    /**
     * An entry as staff see it: the registering account (null once deleted), the record it acts for
     * now, and its candidates still worth showing (staff may since have said "not the same person").
     */
    public record Entry(OnlineRegistration registration, UserModel account, PatientRecord current, List<Candidate> candidates) {
    }

    /** A candidate record with its score and grade at registration. */
    public record Candidate(PatientRecord patient, double score, MatchGrade grade) {
    }

    /** A page of the queue, pending first, newest first within each; one status only unless it is null. */
    public List<Entry> page(RegistrationStatus status, int first, int max) {
        return registrations.list(realm, status, first, max).stream().map(this::entry).toList();
    }

    public Entry get(String registrationId) {
        return entry(registration(registrationId));
    }

    public long count(RegistrationStatus status) {
        return registrations.count(realm, status);
    }

    /** The person is new to the clinic (or nothing is to be done): decided, nothing else changes. */
    public void decide(String registrationId, RegistrationStatus decision, Actor actor) {
        registration(registrationId);
        if (!registrations.decide(realm, registrationId, decision, actor.userId())) {
            throw new ConflictException("the registration has already been decided");
        }
    }

    /** The person is already known: their provisional record is merged into the existing one, which their account then acts for. */
    public PatientMerge merge(String registrationId, String into, Set<String> takeFromProvisional, Actor actor) {
        OnlineRegistration registration = registration(registrationId);
        if (!registrations.decide(realm, registrationId, RegistrationStatus.MERGED, actor.userId())) {
            throw new ConflictException("the registration has already been decided");
        }
        return new PatientMerger(session, realm).merge(into, registration.patientId(), takeFromProvisional, actor);
    }

    private OnlineRegistration registration(String registrationId) {
        return registrations.findById(realm, registrationId).orElseThrow(() -> new UnknownIdException("Registration not found"));
    }

    private Entry entry(OnlineRegistration registration) {
        List<Candidates.Kept> kept = new DuplicateDismissals(session, realm)
                .withoutDismissed(registration.patientId(), Candidates.read(registration.candidates()), Candidates.Kept::patientId);
        Map<String, PatientRecord> records = patients.findByIds(realm, kept.stream().map(Candidates.Kept::patientId).toList());
        return new Entry(registration,
                session.users().getUserById(realm, registration.userId()),
                patients.findById(realm, registration.patientId()).orElse(null),
                kept.stream()
                        .filter(candidate -> records.containsKey(candidate.patientId()))
                        .map(candidate -> new Candidate(records.get(candidate.patientId()), candidate.score(), candidate.grade()))
                        .toList());
    }
}
